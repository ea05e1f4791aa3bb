import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { formatNumberId } from '../../domain/indicators';
import type { Action } from '../../domain/records/action';
import type { Gap } from '../../domain/scoring';
import { ActionPlan } from './ActionPlan';

export const levelText = (level: number | null) => (level === null ? 'belum dijawab (0)' : `tingkat ${level}`);
export const gainText = (gain: number) => `+${formatNumberId(gain, 2)} poin`;

/** Every item below level 4, ranked by the points it would add to the total, filterable by aspect. */
export const GAP_PAGE = 5;

export function GapList({
  assessmentId,
  gaps,
  aspects,
  actions,
  filter,
  onFilter,
  reveal = null,
}: {
  assessmentId: string;
  gaps: Gap[];
  aspects: { id: string; name: string }[];
  actions: Action[];
  filter: string;
  onFilter: (aspectId: string) => void;
  /** A gap a deep link asks for: the list grows to include it. */
  reveal?: string | null;
}) {
  // The top gaps first (a phone page of 135 gaps is ~50,000 px tall); more on request, all with one tap.
  const [limit, setLimit] = useState(GAP_PAGE);
  const byItem = useMemo(() => new Map(actions.map((a) => [a.itemId, a])), [actions]);
  const matching = filter ? gaps.filter((g) => g.aspectId === filter) : gaps;
  const wanted = reveal ? matching.findIndex((g) => g.itemId === reveal) + 1 : 0;
  // Gaps with a follow-up plan always stay in the list: the user is working on them.
  const shown = matching.filter((g, i) => i < Math.max(limit, wanted) || byItem.has(g.itemId));
  const rest = matching.length - shown.length;
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const g of gaps) m.set(g.aspectId, (m.get(g.aspectId) ?? 0) + 1);
    return m;
  }, [gaps]);

  return (
    <section aria-labelledby="celah-title" className="card">
      <h2 id="celah-title" style={{ marginTop: 0 }}>
        Celah: butir di bawah tingkat 4 ({gaps.length})
      </h2>
      <p className="muted">
        Diurutkan menurut tambahan skor total bila butir itu saja dinaikkan ke tingkat 4. Rencana tindak lanjut langsung tersimpan.
      </p>
      {gaps.length === 0 ? (
        <p>Tidak ada celah: semua butir yang berlaku sudah di tingkat 4.</p>
      ) : (
        <>
          <label htmlFor="filter-aspek">Tampilkan celah dari aspek</label>
          <select
            id="filter-aspek"
            value={filter}
            onChange={(e) => {
              setLimit(GAP_PAGE);
              onFilter(e.target.value);
            }}
          >
            <option value="">Semua aspek ({gaps.length})</option>
            {aspects
              .filter((a) => counts.has(a.id))
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({counts.get(a.id)})
                </option>
              ))}
          </select>
          <ol className="gap-list" data-testid="gap-list">
            {shown.map((g) => (
              <li key={g.itemId} id={`celah-${g.itemId}`} className="gap" data-item={g.itemId}>
                <div className="gap-head">
                  <strong>{g.itemId}</strong>
                  {g.critical && <span className="badge danger">Kritis</span>}
                  <span className="gap-gain">{gainText(g.gain)}</span>
                </div>
                <p className="gap-statement">{g.statement}</p>
                <p className="muted gap-meta">
                  Sekarang {levelText(g.currentLevel)}
                  {g.source === 'computed' ? ' (dihitung dari data SDM)' : ''} ·{' '}
                  <Link href={`/asesmen/${assessmentId}/butir/${g.itemId}`}>
                    Ubah jawaban<span className="visually-hidden"> butir {g.itemId}</span>
                  </Link>
                </p>
                <div className="gap-actions">
                  <details>
                    <summary>
                      Rekomendasi<span className="visually-hidden"> butir {g.itemId}</span>
                    </summary>
                    <p>{g.recommendation}</p>
                  </details>
                  <ActionPlan assessmentId={assessmentId} itemId={g.itemId} recommendation={g.recommendation} action={byItem.get(g.itemId)} />
                </div>
              </li>
            ))}
          </ol>
          {rest > 0 && (
            <div className="actions" data-testid="gap-more">
              <button type="button" className="secondary" onClick={() => setLimit(Math.max(limit, wanted) + GAP_PAGE)}>
                Tampilkan {Math.min(GAP_PAGE, rest)} celah berikutnya
              </button>
              <button type="button" className="secondary" onClick={() => setLimit(matching.length)}>
                Tampilkan semua ({matching.length})
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
