import { memo } from 'react';
import type { AssessmentScore } from '../../domain/scoring';
import { formatScore } from '../../ui/scoreFormat';

/**
 * The live score. While filling it leads with the score of the answered items and the completion (a total that counts
 * every unanswered item as 0 reads as failing); once final, the final total. Re-renders only on a new score.
 */
export const ScorePanel = memo(function ScorePanel({ score, open = false, final = false }: { score: AssessmentScore; open?: boolean; final?: boolean }) {
  const percent = Math.floor(score.completion.percent);
  return (
    <details className="card score-panel" open={open}>
      <summary>
        {final ? (
          <>
            Skor akhir: <strong data-testid="score-total">{formatScore(score.total)}</strong>
          </>
        ) : (
          <>
            Skor butir terjawab: <strong data-testid="score-answered">{formatScore(score.answeredTotal)}</strong>
            <span className="muted"> · {percent}% terjawab</span>
          </>
        )}
        <span className="muted"> · {score.grade.label}</span>
      </summary>
      {!final && (
        <p className="muted small">
          Skor total bila butir yang belum dijawab dihitung 0: <span data-testid="score-total">{formatScore(score.total)}</span>
        </p>
      )}
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Skor per aspek</caption>
          <thead>
            <tr>
              <th scope="col">Aspek</th>
              <th scope="col" className="num">
                Skor
              </th>
              <th scope="col" className="num">
                Terisi
              </th>
            </tr>
          </thead>
          <tbody>
            {score.aspects.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.id} {a.name}
                </th>
                <td className="num" data-testid={`score-aspect-${a.id}`}>
                  {formatScore(a.score)}
                </td>
                <td className="num">
                  {a.completion.answered}/{a.completion.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">Perkiraan; bobot dan ambang nilai berasal dari berkas standar.</p>
    </details>
  );
});
