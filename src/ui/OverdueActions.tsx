import { useLiveRead } from '../data/live';
import { Link } from 'wouter';
import { listOverdueActions, localToday } from '../data/actions';
import { formatDateId } from './format';

interface Props {
  /** YYYY-MM-DD; defaults to the device's local date. */
  today?: string;
  /** Heading level of the section title (default 2). */
  headingLevel?: 2 | 3;
}

/**
 * Overdue actions of the action plan (rencana tindak lanjut) of every assessment on this device, each linking
 * to its gap on the Hasil screen. Renders nothing while loading or when nothing is overdue.
 */
export function OverdueActions({ today, headingLevel = 2 }: Props) {
  const day = today ?? localToday();
  const overdue = useLiveRead(() => listOverdueActions(day), [day]);
  if (!overdue || overdue.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card warn overdue-actions" aria-labelledby="overdue-actions-title" data-testid="overdue-actions">
      <Heading id="overdue-actions-title" style={{ marginTop: 0 }}>
        Tindak lanjut lewat tenggat ({overdue.length})
      </Heading>
      <ul style={{ paddingLeft: '1.1rem', margin: 0 }}>
        {overdue.map(({ action, assessment, institution }) => (
          <li key={action.id} style={{ marginBottom: '0.5rem' }}>
            <Link
              href={`/hasil/${action.assessmentId}#aksi-${action.itemId}`}
              style={{ display: 'inline-flex', minHeight: 44, alignItems: 'center', fontWeight: 600 }}
            >
              {action.itemId}: {action.action.length > 80 ? `${action.action.slice(0, 80)}…` : action.action}
            </Link>
            <br />
            <span className="muted">
              Target {formatDateId(action.targetDate)}
              {action.responsible ? ` · ${action.responsible}` : ''}
              {institution ? ` · ${institution.name}` : ''}
              {assessment ? ` (${assessment.period})` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
