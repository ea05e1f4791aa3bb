import { EMPLOYMENT_LABELS, roleLabel, UNSUR_LABELS, type StaffMember } from '../../domain/records';
import type { ComputedExplanation } from '../../domain/scoring';

const yes = (v: boolean) => (v ? 'ya' : '-');

/**
 * At an SDM item in Mode asesor: how a computed level was reached (the figure and its rule), and the institution's
 * staff roster it was computed from, so the assessor checks it against the people met on site without another screen.
 */
export function RosterAtItem({ itemId, computed, staff }: { itemId: string; computed: ComputedExplanation | undefined; staff: readonly StaffMember[] }) {
  return (
    <div className="roster-at-item" data-testid={`roster-at-${itemId}`}>
      {computed && (
        <p className="computed-note" data-testid="computed-rule">
          {computed.level !== null ? 'Dihitung dari data SDM lembaga' : 'Tidak dihitung otomatis'}: {computed.explanation}
        </p>
      )}
      <details className="review-evidence">
        <summary>Data SDM lembaga ({staff.length} orang)</summary>
        {staff.length === 0 ? (
          <p className="muted">Lembaga belum mengisi data SDM.</p>
        ) : (
          <div className="table-wrap" role="region" aria-label={`Data SDM lembaga di butir ${itemId}`} tabIndex={0}>
            <table className="roster-table">
              <thead>
                <tr>
                  <th scope="col">Nama</th>
                  <th scope="col">Peran</th>
                  <th scope="col">Unsur</th>
                  <th scope="col">Pendidikan</th>
                  <th scope="col">Status</th>
                  <th scope="col">Bersertifikat</th>
                  <th scope="col">Pelatihan 12 bulan</th>
                </tr>
              </thead>
              <tbody>
                {staff.map((s) => (
                  <tr key={s.id}>
                    <td>{s.name || '-'}</td>
                    <td>{roleLabel(s.role)}</td>
                    <td>{UNSUR_LABELS[s.unsur]}</td>
                    <td>{s.education}</td>
                    <td>{EMPLOYMENT_LABELS[s.employment]}</td>
                    <td>{yes(s.certified)}</td>
                    <td>{yes(s.trainedLast12Months)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </div>
  );
}
