import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { writerFor } from '../../data/writer';
import { createAction, deleteAction, localToday, updateAction, type ActionChanges } from '../../data/actions';
import { ACTION_STATUSES, actionSchema, isOverdue, type Action } from '../../domain/records/action';
import { formatDateId } from '../../ui/format';
import { fieldRuleText, storeErrorText } from '../../ui/messages';

type Field = keyof ActionChanges;

/** The action-plan row of one gap item: a button to start one, or its editor. Every change is written at once. */
export function ActionPlan({
  assessmentId,
  itemId,
  recommendation,
  action,
}: {
  assessmentId: string;
  itemId: string;
  recommendation: string;
  action: Action | undefined;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (action) return <ActionEditor key={action.id} action={action} />;
  return (
    <div className="action-plan" id={`aksi-${itemId}`}>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const r = await createAction(assessmentId, itemId, recommendation.slice(0, 2000));
          setBusy(false);
          setMessage(r.ok ? null : storeErrorText(r.error, 'Rencana tindak lanjut tidak tersimpan'));
        }}
      >
        Tambah rencana
        <span className="visually-hidden"> tindak lanjut untuk butir {itemId}</span>
      </button>
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
    </div>
  );
}

/** A write the repository refused (a review copy, a full disk): its Indonesian message is shown as is, as before. */

function ActionEditor({ action }: { action: Action }) {
  // The last valid row written (or being written). Changes merge into it synchronously, so quick edits of
  // different fields never overwrite each other while a write is in flight.
  const saved = useRef<Action>(action);
  const [draft, setDraft] = useState({
    action: action.action,
    responsible: action.responsible,
    targetDate: action.targetDate,
    status: action.status,
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const base = `aksi-${action.itemId}`;
  // Typed text goes through the assessment's writer (mirrored at once, written after a pause); a date or status is
  // written at once through the same writer.
  const writer = writerFor(action.assessmentId);
  const places = useMemo(
    () => ({
      action: { assessmentId: action.assessmentId, itemId: action.id, field: 'actionText' as const },
      responsible: { assessmentId: action.assessmentId, itemId: action.id, field: 'actionResponsible' as const },
    }),
    [action.assessmentId, action.id],
  );
  const typing = useSyncExternalStore(writer.subscribe, () => writer.isWaiting(places.action) || writer.isWaiting(places.responsible));
  const textFailed = useSyncExternalStore(writer.subscribe, () => writer.hasFailed(places.action) || writer.hasFailed(places.responsible));
  useEffect(() => () => void Promise.all([writer.flush(places.action), writer.flush(places.responsible)]), [writer, places]);

  function change<F extends Field>(field: F, value: NonNullable<ActionChanges[F]>) {
    setDraft((d) => ({ ...d, [field]: value }));
    const candidate = { ...saved.current, [field]: value };
    const check = actionSchema.safeParse(candidate);
    if (!check.success) {
      const issue = check.error.issues.find((i) => i.path[0] === field) ?? check.error.issues[0];
      setErrors((e) => ({ ...e, [field]: fieldRuleText(issue?.message) }));
      return;
    }
    setErrors((e) => ({ ...e, [field]: undefined }));
    const before = saved.current;
    saved.current = check.data;
    setChanged(true);
    if (field === 'action' || field === 'responsible') {
      writer.type(field === 'action' ? places.action : places.responsible, value as string, before[field]);
      return;
    }
    void writer
      .run(async () => {
        const result = await updateAction(before, { [field]: value } as ActionChanges);
        if (!result.ok) throw result.error;
      })
      .then((ok) => {
        const state = writer.getState();
        if (ok) setFailure(null);
        else setFailure(state.kind === 'failed' ? storeErrorText(state.error, 'Rencana tindak lanjut tidak tersimpan') : 'Rencana tindak lanjut tidak tersimpan. Coba lagi.');
      });
  }

  const overdue = isOverdue({ status: draft.status, targetDate: saved.current.targetDate }, localToday());
  return (
    <fieldset className="action-plan" id={base} data-testid={`action-${action.itemId}`}>
      <legend>
        Rencana tindak lanjut <span className="nowrap">{action.itemId}</span>{' '}
        {overdue && <span className="badge danger">Lewat tenggat</span>}
        {draft.status === 'selesai' && <span className="badge final">Selesai</span>}
      </legend>
      <label htmlFor={`${base}-tindakan`}>Tindakan</label>
      <textarea
        id={`${base}-tindakan`}
        value={draft.action}
        rows={4}
        maxLength={2000}
        aria-invalid={errors.action ? true : undefined}
        aria-describedby={errors.action ? `${base}-tindakan-err` : undefined}
        onChange={(e) => void change('action', e.target.value)}
      />
      {errors.action && (
        <p id={`${base}-tindakan-err`} className="field-error" role="alert">
          {errors.action} (yang tersimpan tetap teks sebelumnya)
        </p>
      )}
      <div className="grid-2">
        <div>
          <label htmlFor={`${base}-pj`}>Penanggung jawab</label>
          <input
            id={`${base}-pj`}
            value={draft.responsible}
            maxLength={200}
            autoComplete="name"
            onChange={(e) => void change('responsible', e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${base}-target`}>Target selesai</label>
          <input
            id={`${base}-target`}
            type="date"
            value={draft.targetDate}
            aria-invalid={errors.targetDate ? true : undefined}
            onChange={(e) => void change('targetDate', e.target.value)}
          />
          {errors.targetDate && (
            <p className="field-error" role="alert">
              {errors.targetDate}
            </p>
          )}
        </div>
      </div>
      <label htmlFor={`${base}-status`}>Status</label>
      <select
        id={`${base}-status`}
        value={draft.status}
        onChange={(e) => void change('status', e.target.value as Action['status'])}
      >
        {ACTION_STATUSES.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      <div className="action-foot">
        <span className="save-state" role="status" aria-live="polite">
          {changed && !failure && !textFailed ? (typing ? 'Menyimpan…' : 'Tersimpan') : ''}
          {overdue && saved.current.targetDate ? ` Target ${formatDateId(saved.current.targetDate)} sudah lewat.` : ''}
        </span>
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            if (!window.confirm(`Hapus rencana tindak lanjut butir ${action.itemId}?`)) return;
            const r = await deleteAction(action.id);
            if (!r.ok) setFailure(storeErrorText(r.error, 'Rencana tindak lanjut tidak terhapus'));
          }}
        >
          Hapus rencana<span className="visually-hidden"> butir {action.itemId}</span>
        </button>
      </div>
      {(failure || textFailed) && (
        <p role="alert" className="error">
          {failure ?? 'Rencana tindak lanjut tidak tersimpan. Teks yang diketik tetap disimpan sementara di perangkat ini; coba lagi.'}
        </p>
      )}
    </fieldset>
  );
}
