import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { NOTE_MAX, type Answer } from '../../domain/records';
import type { Item, Level } from '../../domain/standard/schema';
import type { ItemScore } from '../../domain/scoring';
import { saveAnswer, type AnswerPatch } from '../../data/answers';
import { requestPersistenceAfterFirstSave } from '../../data/storage';
import { LevelPicker } from '../../ui/LevelPicker';
import { formatNumberId } from '../../domain/indicators/format';
import { writerFor } from '../../data/writer';

type Choice = Level | 'na' | null;
const NA_REASON_MAX = 1000;
const storedChoice = (a: Answer | undefined): Choice => (a?.na ? 'na' : (a?.level ?? null));

export const NA_REASON_REQUIRED = 'Alasan N/A wajib diisi. Selama alasan kosong, butir ini belum tersimpan sebagai N/A.';
export const noteTooLong = (extra: number) =>
  `Catatan paling banyak ${formatNumberId(NOTE_MAX, 0)} karakter. ${formatNumberId(extra, 0)} karakter terakhir tidak disimpan.`;

/**
 * The answer controls of one item: level 0–4, N/A with its reason, and a note. A choice is written at once —
 * the write starts in the click handler, before the choice re-renders anything — and typing is debounced. Each write
 * carries only the fields this control changed, on top of the newest row this screen holds. A choice re-renders
 * only this component (memoised: the page's live data re-render it only when its own props change).
 */
export const ItemAnswer = memo(function ItemAnswer({
  assessmentId,
  item,
  stored,
  itemScore,
  readOnly,
  onReasonMissing,
}: {
  assessmentId: string;
  item: Item;
  stored: Answer | undefined;
  itemScore: ItemScore | undefined;
  readOnly: boolean;
  /** Told when N/A is chosen without a reason (not stored yet), so leaving the item can warn instead of dropping it. */
  onReasonMissing?: (missing: boolean) => void;
}) {
  const ids = useId();
  const writer = writerFor(assessmentId);
  const notePlace = useMemo(() => ({ assessmentId, itemId: item.id, field: 'note' as const }), [assessmentId, item.id]);
  const reasonPlace = useMemo(() => ({ assessmentId, itemId: item.id, field: 'naReason' as const }), [assessmentId, item.id]);
  const [pendingChoice, setPendingChoice] = useState<Choice | undefined>(undefined);
  const [naReason, setNaReason] = useState(stored?.naReason ?? '');
  const [note, setNote] = useState(stored?.note ?? '');
  const [noteCut, setNoteCut] = useState(0);
  const editing = useRef<{ note: boolean; naReason: boolean }>({ note: false, naReason: false });

  // The newest row this screen knows: the live query's, or the one its own last save wrote if that is newer.
  const lastSaved = useRef<Answer | null>(null);
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const save = useCallback(
    (patch: AnswerPatch) =>
      writer.run(async () => {
        const s = storedRef.current ?? null;
        const mine = lastSaved.current;
        const base = mine && (!s || mine.updatedAt > s.updatedAt) ? mine : s;
        const row = await saveAnswer(assessmentId, item.id, patch, base);
        lastSaved.current = row;
        void requestPersistenceAfterFirstSave();
      }),
    [assessmentId, item.id, writer],
  );

  const choice: Choice = pendingChoice !== undefined ? pendingChoice : storedChoice(stored);

  // The stored row caught up with the choice made here: drop the override. Another tab's change shows as is.
  useEffect(() => {
    if (pendingChoice !== undefined && storedChoice(stored) === pendingChoice) setPendingChoice(undefined);
  }, [stored, pendingChoice]);
  // Text fields follow the stored value (another tab) unless the user is typing in them here.
  // Same-field conflict: another tab (or a restored file) changed this note while it is being typed here. It is shown,
  // and nothing is written over it until the user chooses; the typed text stays mirrored meanwhile.
  const [otherNote, setOtherNote] = useState<string | null>(null);
  const otherNoteRef = useRef<string | null>(null);
  otherNoteRef.current = otherNote;
  const written = useRef(new Set<string>([stored?.note ?? '']));
  // While the conflict waits for a choice, the typed note is mirrored but not written, and the save line says it is
  // not saved (never "Tersimpan").
  useEffect(() => {
    writer.hold(notePlace, otherNote !== null);
  }, [otherNote, notePlace, writer]);
  // Leaving the item (unmount) writes what was typed at once; the hold ends with the item.
  useEffect(
    () => () => {
      writer.hold(notePlace, false);
      void writer.flush(notePlace);
      void writer.flush(reasonPlace);
    },
    [notePlace, reasonPlace, writer],
  );
  useEffect(() => {
    const incoming = stored?.note ?? '';
    const busy = editing.current.note || writer.isWaiting(notePlace) || otherNoteRef.current !== null;
    if (busy && incoming !== note && !written.current.has(incoming)) {
      writer.hold(notePlace, true); // at once: a typing pause ending now must not write over the other text
      setOtherNote(incoming);
    } else if (!busy) setNote(incoming);
    if (!editing.current.naReason && !writer.isWaiting(reasonPlace)) setNaReason(stored?.naReason ?? '');
  }, [stored?.note, stored?.naReason]); // eslint-disable-line react-hooks/exhaustive-deps

  const choose = (next: Level | 'na') => {
    if (readOnly) return;
    // The write is started first (its transaction is queued before this tap re-renders anything), then the choice
    // is shown from local state.
    if (next !== 'na') {
      // A reason still waiting to be written would make the item N/A again: the level replaces it.
      writer.discard(reasonPlace);
      void save({ level: next, na: false });
    } else if (naReason.trim() !== '') void writer.flush(reasonPlace).then(() => save({ na: true, level: null, naReason }));
    setPendingChoice(next);
  };

  const onNote = (value: string) => {
    let v = value;
    if (v.length > NOTE_MAX) {
      setNoteCut(v.length - NOTE_MAX);
      v = v.slice(0, NOTE_MAX);
    } else setNoteCut(0);
    setNote(v);
    written.current.add(v);
    writer.type(notePlace, v, note);
  };
  const onReason = (value: string) => {
    const v = value.slice(0, NA_REASON_MAX);
    setNaReason(v);
    writer.type(reasonPlace, v, naReason);
  };

  const computed = itemScore?.computed;
  const computedLevel = computed?.level ?? null;
  const pickerValue: Choice = computedLevel !== null && choice !== 'na' ? computedLevel : choice;
  const reasonMissing = choice === 'na' && naReason.trim() === '';
  useEffect(() => onReasonMissing?.(reasonMissing), [reasonMissing, onReasonMissing]);

  return (
    <div className="item-answer">
      {computedLevel !== null && (
        <p className="computed-note">
          Tingkat butir ini dihitung otomatis dari data SDM: <strong>tingkat {computedLevel}</strong>.
        </p>
      )}
      <LevelPicker
        name={`level-${item.id}`}
        legend="Pilih tingkat yang sesuai kondisi panti"
        descriptors={item.levels}
        value={pickerValue}
        onChange={choose}
        naAllowed={item.naAllowed}
        disabled={readOnly || (computedLevel !== null && choice !== 'na')}
      />
      {choice === 'na' && (
        <div className="field">
          <label htmlFor={`${ids}-reason`}>Alasan N/A (wajib)</label>
          <textarea
            id={`${ids}-reason`}
            rows={2}
            value={naReason}
            readOnly={readOnly}
            onFocus={() => (editing.current.naReason = true)}
            onBlur={() => {
              editing.current.naReason = false;
              void writer.flush(reasonPlace);
            }}
            onChange={(e) => onReason(e.target.value)}
            aria-invalid={reasonMissing ? true : undefined}
            aria-describedby={reasonMissing ? `${ids}-reason-error` : undefined}
            data-testid="na-reason"
          />
          {reasonMissing && (
            <p className="field-error" id={`${ids}-reason-error`} role="alert">
              {NA_REASON_REQUIRED}
            </p>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${ids}-note`}>Catatan (opsional)</label>
        <textarea
          id={`${ids}-note`}
          rows={3}
          value={note}
          readOnly={readOnly}
          onFocus={() => (editing.current.note = true)}
          onBlur={() => {
            editing.current.note = false;
            void writer.flush(notePlace);
          }}
          onChange={(e) => onNote(e.target.value)}
          aria-describedby={`${ids}-note-count${noteCut ? ` ${ids}-note-error` : ''}`}
          data-testid="note"
        />
        <p className="muted small" id={`${ids}-note-count`}>
          {formatNumberId(note.length, 0)} / {formatNumberId(NOTE_MAX, 0)} karakter
        </p>
        {noteCut > 0 && (
          <p className="field-error" id={`${ids}-note-error`} role="alert">
            {noteTooLong(noteCut)}
          </p>
        )}
        {otherNote !== null && (
          <div className="card warn" role="alert" data-testid="note-conflict">
            <p style={{ marginTop: 0 }}>
              Catatan butir ini baru saja diubah di tab atau jendela lain. Catatan Anda belum disimpan di atasnya. Catatan yang tersimpan
              sekarang:
            </p>
            <blockquote className="conflict-text">{otherNote || '(kosong)'}</blockquote>
            <div className="actions">
              <button
                type="button"
                onClick={() => {
                  setOtherNote(null);
                  otherNoteRef.current = null;
                  writer.type(notePlace, note);
                  writer.hold(notePlace, false); // writes it
                }}
              >
                Simpan catatan saya
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  const other = otherNote;
                  setOtherNote(null);
                  otherNoteRef.current = null;
                  written.current.add(other);
                  setNote(other);
                  writer.type(notePlace, other);
                  writer.hold(notePlace, false); // writes it
                }}
              >
                Pakai catatan yang tersimpan
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
});
