import { memo } from 'react';
import type { AssessmentScore } from '../../domain/scoring';
import { formatScore } from '../../ui/scoreFormat';

/** The live score: total, grade estimate and per-aspect scores (from scoreAssessment). Re-renders only on a new score. */
export const ScorePanel = memo(function ScorePanel({ score, open = false }: { score: AssessmentScore; open?: boolean }) {
  return (
    <details className="card score-panel" open={open}>
      <summary>
        Skor sementara: <strong data-testid="score-total">{formatScore(score.total)}</strong>
        <span className="muted"> · {score.grade.label}</span>
      </summary>
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
