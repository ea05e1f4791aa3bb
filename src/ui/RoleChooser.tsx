import { useLocation } from 'wouter';
import { ROLES, setRole } from './role';

/** Asked once, on the first screen: each role gets its own home and menu (changeable in Pengaturan). */
export function RoleChooser() {
  const [, navigate] = useLocation();
  return (
    <section className="card role-chooser" aria-labelledby="peran-title" data-testid="role-chooser">
      <h2 id="peran-title" style={{ marginTop: 0 }}>
        Siapa yang memakai aplikasi ini?
      </h2>
      <p className="muted small">Pilihan ini menentukan halaman awal dan menu; dapat diubah kapan saja di Pengaturan.</p>
      <div className="role-options">
        {ROLES.map((r) => (
          <button
            key={r.id}
            type="button"
            className="secondary role-option"
            onClick={() => {
              setRole(r.id);
              if (r.home !== '/') navigate(r.home);
            }}
          >
            <strong>{r.label}</strong>
            <span className="small">{r.description}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
