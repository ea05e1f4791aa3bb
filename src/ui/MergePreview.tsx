import { useId } from 'react';
import { formatDateTimeId } from './format';
import type { MergePreview as Preview } from '../data/teamMerge';
import type { MergeChoice, MergeEntry } from '../domain/team/merge';
import type { TeamRow } from '../domain/team/rows';
import type { Action, Answer, EvidenceDoc, StaffMember } from '../domain/records';
import { roleLabel } from '../domain/records/staffLabels';

const KIND_LABEL = { answer: 'Butir', evidence: 'Bukti', staff: 'SDM', action: 'Tindak lanjut' } as const;

function answerText(a: Answer): string {
  const level = a.na ? `N/A${a.naReason ? ` (alasan: ${a.naReason})` : ''}` : a.level === null ? 'belum dijawab' : `tingkat ${a.level}`;
  return a.note ? `${level} · catatan: ${a.note}` : level;
}

function rowText(e: MergeEntry, row: TeamRow): string {
  switch (e.rowKind) {
    case 'answer':
      return answerText(row as Answer);
    case 'evidence': {
      const d = row as EvidenceDoc;
      return [d.kind, d.title, d.number, d.fileName ? `berkas ${d.fileName}` : 'tanpa berkas', d.itemIds.length ? `butir ${d.itemIds.join(', ')}` : '']
        .filter(Boolean)
        .join(' · ');
    }
    case 'staff': {
      const s = row as StaffMember;
      return [s.name || 'tanpa nama', roleLabel(s.role), s.education].filter(Boolean).join(' · ');
    }
    case 'action': {
      const x = row as Action;
      return `${x.itemId}: ${x.action} · ${x.status}${x.responsible ? ` · ${x.responsible}` : ''}`;
    }
  }
}

/** The label of a row in the lists: the item id for an answer, the evidence kind, the staff name. */
function rowLabel(e: MergeEntry): string {
  const row = (e.theirs ?? e.mine)!;
  if (e.rowKind === 'answer') return `${KIND_LABEL.answer} ${e.id}`;
  if (e.rowKind === 'evidence') return `${KIND_LABEL.evidence}: ${(row as EvidenceDoc).title || (row as EvidenceDoc).kind}`;
  if (e.rowKind === 'staff') return `${KIND_LABEL.staff}: ${(row as StaffMember).name || roleLabel((row as StaffMember).role)}`;
  return `${KIND_LABEL.action} ${(row as Action).itemId}`;
}

/** Evidence entries a side links to an item: shown beside a conflicting answer. */
function evidenceFor(itemId: string, evidence: readonly EvidenceDoc[]): string {
  const linked = evidence.filter((d) => d.itemIds.includes(itemId));
  return linked.length ? linked.map((d) => d.title || d.kind).join('; ') : 'tidak ada';
}

function Side({
  title,
  entry,
  row,
  who,
  evidence,
}: {
  title: string;
  entry: MergeEntry;
  row: TeamRow | null;
  who: string;
  evidence: readonly EvidenceDoc[];
}) {
  return (
    <div className="merge-side">
      <p className="merge-side-title">{title}</p>
      {row ? (
        <>
          <p>{rowText(entry, row)}</p>
          <p className="muted small">
            oleh {who} · {formatDateTimeId(row.updatedAt)}
          </p>
          {entry.rowKind === 'answer' && <p className="muted small">Bukti terkait: {evidenceFor(entry.id, evidence)}</p>}
        </>
      ) : (
        <p>
          <strong>Dihapus</strong>
        </p>
      )}
    </div>
  );
}

/**
 * What merging a copy of an assessment will do: rows taken from the file, rows deleted, and each row both sides
 * changed differently, side by side, for the user to choose (nothing is taken without a choice).
 */
export function MergePreview({
  preview,
  mineEvidence,
  fileEvidence,
  choices,
  onChoose,
}: {
  preview: Preview;
  mineEvidence: readonly EvidenceDoc[];
  fileEvidence: readonly EvidenceDoc[];
  choices: Readonly<Record<string, MergeChoice | undefined>>;
  onChoose: (next: Record<string, MergeChoice>) => void;
}) {
  const id = useId();
  const { plan, from, names } = preview;
  const fromName = from?.name ?? 'berkas';
  const who = (row: TeamRow | null, fallback: string) => (row?.by ? (names[row.by] ?? 'anggota tim') : fallback);
  const takes = plan.entries.filter((e) => e.kind === 'take');
  const deletes = plan.entries.filter((e) => e.kind === 'delete');
  const conflicts = plan.entries.filter((e) => e.kind === 'conflict');
  const chooseAll = (c: MergeChoice) => onChoose(Object.fromEntries(conflicts.map((e) => [e.key, c])));
  return (
    <div className="merge-preview" data-testid="merge-preview">
      <p>
        {from ? (
          <>
            Berkas hasil dari <strong>{from.name}</strong>.{' '}
          </>
        ) : null}
        {takes.length} perubahan diambil dari berkas, {deletes.length} baris dihapus, {conflicts.length} perbedaan perlu Anda pilih.
      </p>
      {!preview.hasBase && (
        <p className="muted small">
          Berkas ini bukan hasil paket tugas, jadi aplikasi tidak tahu isi bersama terakhir kedua salinan: setiap butir yang berbeda di kedua salinan perlu
          Anda pilih.
        </p>
      )}
      {takes.length > 0 && (
        <details>
          <summary>Diambil dari berkas ({takes.length})</summary>
          <ul className="merge-list" data-testid="merge-takes">
            {takes.map((e) => (
              <li key={e.key}>
                <strong>{rowLabel(e)}</strong>: {rowText(e, e.theirs!)} <span className="muted small">(oleh {who(e.theirs, fromName)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {deletes.length > 0 && (
        <div className="card warn">
          <p className="merge-side-title">Dihapus di berkas, jadi dihapus juga di perangkat ini ({deletes.length})</p>
          <ul className="merge-list" data-testid="merge-deletes">
            {deletes.map((e) => (
              <li key={e.key}>
                <strong>{rowLabel(e)}</strong>: {rowText(e, e.mine!)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {conflicts.length > 0 && (
        <section aria-labelledby={`${id}-c`} data-testid="merge-conflicts">
          <h4 id={`${id}-c`}>Diubah berbeda di kedua salinan ({conflicts.length})</h4>
          {conflicts.length > 1 && (
            <div className="actions">
              <button type="button" className="secondary" onClick={() => chooseAll('mine')}>
                Pakai semua dari perangkat ini
              </button>
              <button type="button" className="secondary" onClick={() => chooseAll('theirs')}>
                Pakai semua dari {fromName}
              </button>
            </div>
          )}
          <ul className="merge-list">
            {conflicts.map((e) => (
              <li key={e.key} className="merge-conflict" data-testid="merge-conflict">
                <fieldset>
                  <legend>{rowLabel(e)}</legend>
                  <div className="merge-sides">
                    <Side title="Di perangkat ini" entry={e} row={e.mine} who={who(e.mine, 'ketua tim')} evidence={mineEvidence} />
                    <Side title={`Di berkas ${fromName}`} entry={e} row={e.theirs} who={who(e.theirs, fromName)} evidence={fileEvidence} />
                  </div>
                  <label className="choice">
                    <input type="radio" name={`${id}-${e.key}`} checked={choices[e.key] === 'mine'} onChange={() => onChoose({ [e.key]: 'mine' })} /> Pakai
                    yang di perangkat ini
                  </label>
                  <label className="choice">
                    <input type="radio" name={`${id}-${e.key}`} checked={choices[e.key] === 'theirs'} onChange={() => onChoose({ [e.key]: 'theirs' })} />{' '}
                    Pakai yang dari {fromName}
                  </label>
                </fieldset>
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan.entries.length === 0 && <p className="muted">Tidak ada perubahan baru di berkas ini: semuanya sudah ada di perangkat ini.</p>}
    </div>
  );
}
