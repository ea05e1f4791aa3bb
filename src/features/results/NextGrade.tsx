import type { NextGradeSet } from '../../domain/scoring';
import { formatScore } from '../../ui/format';
import { gainText, levelText } from './GapList';

/** "Menuju peringkat berikutnya": the fewest items that lift the estimate to the next grade. */
export function NextGrade({ next, onOpenGap }: { next: NextGradeSet | null; onOpenGap: (itemId: string) => void }) {
  return (
    <section aria-labelledby="next-title" className="card" data-testid="next-grade">
      <h2 id="next-title" style={{ marginTop: 0 }}>
        Menuju peringkat berikutnya
      </h2>
      {next === null ? (
        <p>Perkiraan peringkat sudah yang tertinggi. Pertahankan dan lengkapi bukti setiap butir.</p>
      ) : (
        <>
          <p>
            Target: <strong>{next.target.label}</strong> (skor total minimal {formatScore(next.target.min)}). Skor total sekarang{' '}
            {formatScore(next.currentTotal)}
            {next.pointsNeeded > 0 ? `, kurang ${formatScore(next.pointsNeeded)} poin` : ''}.
          </p>
          {next.items.length > 0 && next.reachable && (
            <p>
              Paling sedikit <strong>{next.items.length} butir</strong> perlu dinaikkan ke tingkat 4
              {next.items.some((i) => i.critical) ? ' (butir kritis yang belum terpenuhi wajib termasuk)' : ''}:
            </p>
          )}
          {!next.reachable && (
            <p className="error">
              Walaupun semua butir di bawah ini dinaikkan ke tingkat 4, target belum tercapai. Lengkapi dulu jawaban yang
              belum diisi.
            </p>
          )}
          <ol className="next-list" data-testid="next-grade-list">
            {next.items.map((g) => (
              <li key={g.itemId} data-item={g.itemId}>
                <div className="gap-head">
                  <strong>{g.itemId}</strong>
                  {g.critical && <span className="badge danger">Kritis</span>}
                  <span className="gap-gain">{gainText(g.gain)}</span>
                </div>
                <p className="gap-statement clamp-1">{g.statement}</p>
                <p className="muted gap-meta">
                  Sekarang {levelText(g.currentLevel)} ·{' '}
                <a
                  href={`#aksi-${g.itemId}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpenGap(g.itemId);
                  }}
                >
                  Rekomendasi dan rencana<span className="visually-hidden"> butir {g.itemId}</span>
                </a>
                </p>
              </li>
            ))}
          </ol>
          {next.reachable && next.resultingTotal !== null && (
            <p>
              Bila semua butir di atas mencapai tingkat 4, skor total menjadi <strong>{formatScore(next.resultingTotal)}</strong>
              {next.resultingGrade ? (
                <>
                  {' '}
                  dengan perkiraan peringkat <strong data-testid="next-grade-result">{next.resultingGrade.label}</strong>
                </>
              ) : null}
              .
            </p>
          )}
        </>
      )}
    </section>
  );
}
