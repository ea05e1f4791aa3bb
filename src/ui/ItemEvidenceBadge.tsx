import { useLiveRead } from '../data/live';
import { Link } from 'wouter';
import { evidenceForItem, localToday } from '../data/evidence';
import { expiryState } from '../domain/records';

/**
 * The evidence of one item at a glance, for the questionnaire: how many documents prove it and whether any of them
 * has expired or expires within 90 days. Links to the evidence register with the item preselected.
 */
export function ItemEvidenceBadge({ assessmentId, itemId, today }: { assessmentId: string; itemId: string; today?: string }) {
  const docs = useLiveRead(() => evidenceForItem(assessmentId, itemId), [assessmentId, itemId]);
  if (!docs) return null;
  const day = today ?? localToday();
  const states = docs.map((d) => expiryState(d.expiryDate, day));
  const expired = states.filter((s) => s === 'expired').length;
  const expiring = states.filter((s) => s === 'expiring').length;
  const href = `/asesmen/${encodeURIComponent(assessmentId)}/bukti?butir=${encodeURIComponent(itemId)}`;
  return (
    <span className="item-evidence" data-testid="item-evidence">
      <Link href={href} className="button secondary">
        {docs.length === 0 ? 'Tambah bukti' : `Bukti (${docs.length})`}
      </Link>
      {expired > 0 && <span className="badge danger">{expired} kedaluwarsa</span>}
      {expiring > 0 && <span className="badge warn">{expiring} segera berakhir</span>}
    </span>
  );
}
