import type { ItemCoreFields } from '../../domain/standard/schema';
import type { Answer, Team } from '../../domain/records';
import type { PlacedItem } from '../../ui/instrument';
import { ownerOf, teamItems } from '../../domain/team/assignment';

/** Whether this device may change the item without asking: always, unless it is a member's phone and the item is someone else's. */
export function teamLock(team: Team | undefined, here: PlacedItem<ItemCoreFields>): boolean {
  if (!team) return false;
  const self = team.members.find((m) => m.id === team.selfId);
  if (!self || self.lead) return false;
  return ownerOf(team, here.item.id, teamItems([here]))?.id !== self.id;
}

/** On a team-filled assessment: whose item this is and who gave its answer; on a member's phone, the way to change another's item. */
export function TeamItemNote({
  team,
  here,
  answer,
  locked,
  onUnlock,
}: {
  team: Team | undefined;
  here: PlacedItem<ItemCoreFields>;
  answer: Answer | undefined;
  locked: boolean;
  onUnlock: () => void;
}) {
  if (!team) return null;
  const owner = ownerOf(team, here.item.id, teamItems([here]));
  const lead = team.members.find((m) => m.lead);
  const by = answer?.by ? team.members.find((m) => m.id === answer.by) : null;
  const answered = answer && (answer.level !== null || answer.na);
  const ownerName = owner?.id === team.selfId ? 'Anda' : (owner?.name ?? `${lead?.name ?? 'ketua tim'} (ketua tim)`);
  return (
    <div className={`team-item-note${locked ? ' card warn' : ''}`} data-testid="team-item-note">
      <p className="small">
        Ditugaskan kepada: <strong>{ownerName}</strong>
        {answered && (
          <>
            {' '}
            · dijawab oleh {by ? (by.id === team.selfId ? 'Anda' : by.name) : (lead?.name ?? 'ketua tim')}
          </>
        )}
      </p>
      {locked && (
        <>
          <p className="small">Butir ini bukan tugas Anda, jadi hanya dapat dibaca. Bila Anda yakin perlu mengubahnya, ketua tim akan melihat perubahan Anda saat menggabungkan.</p>
          <button type="button" className="secondary" onClick={onUnlock}>
            Tetap ubah butir ini
          </button>
        </>
      )}
    </div>
  );
}
