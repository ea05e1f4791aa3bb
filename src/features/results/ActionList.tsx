import { Link } from 'wouter';
import { ACTION_STATUSES, actionPlanOrder, isOverdue, type Action } from '../../domain/records/action';
import { formatDateId } from '../../ui/format';

/**
 * "Rencana tindak lanjut": every action of the assessment as one list (owner, due date, status), overdue first.
 * A row opens its gap's editor when the item is still a gap, else the item itself.
 */
export function ActionList({ assessmentId, actions, gapIds, today, onOpenGap }: { assessmentId: string; actions: readonly Action[]; gapIds: ReadonlySet<string>; today: string; onOpenGap: (itemId: string) => void }) {
  // Nothing planned yet: the gap cards above carry the way to start ("Tambah rencana"); no empty card.
  if (actions.length === 0) return null;
  const ordered = actionPlanOrder(actions, today);
  const overdue = ordered.filter((a) => isOverdue(a, today)).length;
  return (
    <section className="card" aria-labelledby="rtl-title" data-testid="action-list">
      <h2 id="rtl-title" style={{ marginTop: 0 }}>
        Rencana tindak lanjut ({actions.length})
      </h2>
          {overdue > 0 && <p className="warn-text">{overdue} rencana lewat tenggat.</p>}
          <ol className="action-list">
            {ordered.map((a) => {
              const late = isOverdue(a, today);
              const status = ACTION_STATUSES.find((s) => s.id === a.status)?.label ?? a.status;
              return (
                <li key={a.id} data-item={a.itemId} className={late ? 'late' : undefined}>
                  <div className="gap-head">
                    <strong>{a.itemId}</strong>
                    {late && <span className="badge danger">Lewat tenggat</span>}
                    <span className={`badge${a.status === 'selesai' ? ' final' : ''}`}>{status}</span>
                  </div>
                  <p className="action-text">{a.action}</p>
                  <p className="muted small">
                    Penanggung jawab: {a.responsible || '—'} · Target: {a.targetDate ? formatDateId(a.targetDate) : 'belum ditentukan'} ·{' '}
                    {gapIds.has(a.itemId) ? (
                      <a
                        href={`#aksi-${a.itemId}`}
                        onClick={(e) => {
                          e.preventDefault();
                          onOpenGap(a.itemId);
                        }}
                      >
                        Ubah<span className="visually-hidden"> rencana butir {a.itemId}</span>
                      </a>
                    ) : (
                      <Link href={`/asesmen/${assessmentId}/butir/${a.itemId}`}>
                        Lihat butir<span className="visually-hidden"> {a.itemId}</span>
                      </Link>
                    )}
                  </p>
                </li>
              );
            })}
          </ol>
    </section>
  );
}
