import { ConfirmDelete } from '../../ui/ConfirmDelete';
import { clearDraft, loadDraft, saveDraft } from '../../data/drafts';
import { AssessmentNotFound } from '../../ui/AssessmentNotFound';
import { useEffect, useMemo, useState } from 'react';
import { useLiveRead } from '../../data/live';
import { Link, useParams } from 'wouter';
import { writerFor } from '../../data/writer';
import { LiveSaveStatus } from '../../ui/SaveStatus';
import { addStaff, deleteStaff, listStaff, loadRosterContext, updateStaff, type StaffInput } from '../../data/staff';
import { requestPersistenceAfterFirstSave } from '../../data/storage';
import { storeErrorText } from '../../ui/messages';
import { totalClients, type StaffMember } from '../../domain/records';
import { computeIndicators } from '../../domain/indicators';
import { StaffFields } from './StaffFields';
import { IndicatorPanel } from './IndicatorPanel';
import { roleLabel, staffSummary, UNSUR_LABELS } from '../../domain/records/staffLabels';
import './roster.css';

const EMPTY: StaffInput = {
  name: '',
  role: 'pekerja-sosial',
  unsur: 'operasional',
  education: 'S1/D4',
  employment: 'tetap',
  certified: false,
  trainedLast12Months: false,
  empowermentCapable: false,
};

function toInput(s: StaffMember): StaffInput {
  const { id: _id, assessmentId: _a, createdAt: _c, updatedAt: _u, ...input } = s;
  return input;
}

function AddStaffForm({ assessmentId, onAdded, onError }: { assessmentId: string; onAdded: (s: StaffMember) => void; onError: (m: string) => void }) {
  // A person typed in and not added yet survives a reload or a closed tab.
  const draftName = `staff-add:${assessmentId}`;
  const [value, setValue] = useState<StaffInput>(() => ({ ...EMPTY, ...(loadDraft<StaffInput>(draftName)?.values ?? {}) }));
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (value.name.trim()) saveDraft(draftName, value);
    else clearDraft(draftName);
  }, [draftName, value]);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const added = await addStaff(assessmentId, value);
      // Keep role, unsur, education and employment for the next person; clear the personal fields.
      setValue((v) => ({ ...v, name: '', certified: false, trainedLast12Months: false, empowermentCapable: false }));
      onAdded(added);
      void requestPersistenceAfterFirstSave();
    } catch (error) {
      onError(storeErrorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card staff-add" onSubmit={submit} aria-labelledby="staff-add-title">
      <h2 id="staff-add-title">Tambah SDM</h2>
      <StaffFields idPrefix="add" value={value} onChange={(patch) => setValue((v) => ({ ...v, ...patch }))} />
      <button type="submit" className="staff-add-button" disabled={busy}>
        Tambah
      </button>
    </form>
  );
}

function StaffRow({ staff, index, readOnly, onError }: { staff: StaffMember; index: number; readOnly: boolean; onError: (m: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(staff.name);
  // A change shows at once; the stored row (live query) catches up a moment later and replaces it.
  const [optimistic, setOptimistic] = useState<Partial<StaffInput>>({});
  useEffect(() => setOptimistic({}), [staff.updatedAt]);
  // Typing a name goes through the assessment's writer (src/data/writer.ts), like every typed text: mirrored at once,
  // written after a short pause, and at once when the page is hidden or the editor closes.
  const writer = writerFor(staff.assessmentId);
  const namePlace = useMemo(() => ({ assessmentId: staff.assessmentId, itemId: staff.id, field: 'staffName' as const }), [staff.assessmentId, staff.id]);
  useEffect(() => () => void writer.flush(namePlace), [writer, namePlace]);
  useEffect(() => {
    if (!writer.isWaiting(namePlace)) setName(staff.name);
  }, [staff.name]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (patch: Partial<StaffInput>) => {
    if (patch.name !== undefined) {
      setName(patch.name);
      writer.type(namePlace, patch.name, name);
      const { name: _n, ...rest } = patch;
      patch = rest;
    }
    if (Object.keys(patch).length > 0) {
      const applied = patch;
      setOptimistic((o) => ({ ...o, ...applied }));
      updateStaff(staff.id, applied).catch((error) => {
        setOptimistic({});
        onError(storeErrorText(error));
      });
    }
  };

  const remove = async () => {
    try {
      writer.discard(namePlace);
      await deleteStaff(staff.id);
    } catch (error) {
      onError(storeErrorText(error));
    }
  };

  const who = staff.name ? `${staff.name} (${roleLabel(staff.role)})` : `${roleLabel(staff.role)} nomor ${index + 1}`;
  const flags = [
    staff.role === 'pekerja-sosial' && staff.certified ? 'bersertifikat' : null,
    staff.trainedLast12Months ? 'pelatihan 12 bln' : null,
    staff.empowermentCapable ? 'mampu pemberdayaan' : null,
  ].filter(Boolean);

  return (
    <li className="staff-row" data-testid="staff-row">
      <div className="staff-row-head">
        <span className="staff-no" aria-hidden="true">
          {index + 1}
        </span>
        <div className="staff-row-text">
          <strong>{staff.name || roleLabel(staff.role)}</strong>
          <div className="muted">{staffSummary(staff)}</div>
          {flags.length > 0 && <div className="staff-flags">{flags.join(' · ')}</div>}
        </div>
      </div>
      {!readOnly && (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            aria-expanded={editing}
            aria-label={`${editing ? 'Tutup' : 'Ubah'} ${who}`}
            onClick={() => {
              if (editing) void writer.flush(namePlace);
              setEditing(!editing);
            }}
          >
            {editing ? 'Tutup' : 'Ubah'}
          </button>
          <button type="button" className="secondary" aria-label={`Hapus ${who}`} onClick={() => setConfirming(true)}>
            Hapus
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmDelete label={`Konfirmasi hapus ${who}`} question={`Hapus ${who} dari data SDM?`} onConfirm={() => void remove()} onCancel={() => setConfirming(false)} />
      )}
      {editing && !readOnly && (
        <div className="staff-edit">
          <StaffFields idPrefix={`edit-${staff.id}`} value={{ ...toInput(staff), ...optimistic, name }} onChange={change} />
          <p className="muted">Setiap perubahan langsung tersimpan.</p>
        </div>
      )}
    </li>
  );
}

export default function RosterPage() {
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const context = useLiveRead(() => loadRosterContext(assessmentId), [assessmentId]);
  const staff = useLiveRead(() => listStaff(assessmentId), [assessmentId]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const clients = context?.institution ? totalClients(context.institution) : null;
  const indicators = useMemo(() => (staff ? computeIndicators(staff, clients) : null), [staff, clients]);

  if (context === undefined || staff === undefined) return <p role="status">Memuat data SDM…</p>;
  if (context === null) {
    return <AssessmentNotFound backHref="/asesmen" backLabel="Kembali ke daftar asesmen" />;
  }
  const { assessment, institution } = context;
  const readOnly = assessment.status === 'final';
  const perUnsur = (['pimpinan', 'operasional', 'penunjang'] as const).map((u) => `${UNSUR_LABELS[u]} ${staff.filter((s) => s.unsur === u).length}`);

  return (
    <div className="roster">
      <h1>Data SDM</h1>
      <p className="muted">
        {institution?.name ?? 'Lembaga'} · periode {assessment.period} ·{' '}
        <Link href={`/asesmen/${encodeURIComponent(assessment.id)}`}>kembali ke instrumen</Link>
      </p>
      {readOnly && (
        <p className="card warn">Asesmen ini sudah final. Data SDM hanya dapat dilihat; buka kembali asesmen untuk mengubahnya.</p>
      )}
      {!readOnly && <LiveSaveStatus writer={writerFor(assessment.id)} />}
      <div role="alert" className="error">
        {error}
      </div>
      <p role="status" className="visually-hidden">
        {status}
      </p>

      {!readOnly && (
        <AddStaffForm
          assessmentId={assessment.id}
          onAdded={(s) => {
            setError('');
            setStatus(`Ditambahkan: ${staffSummary(s)}. Jumlah SDM ${staff.length + 1}.`);
          }}
          onError={setError}
        />
      )}

      <section aria-labelledby="staff-list-title">
        <h2 id="staff-list-title">Daftar SDM ({staff.length} orang)</h2>
        {staff.length === 0 ? (
          <p className="muted">Belum ada SDM. Tambahkan setiap pegawai dan relawan; nama boleh berupa inisial.</p>
        ) : (
          <>
            <p className="muted">{perUnsur.join(' · ')}</p>
            <ol className="staff-list">
              {staff.map((s, i) => (
                <StaffRow key={s.id} staff={s} index={i} readOnly={readOnly} onError={setError} />
              ))}
            </ol>
          </>
        )}
      </section>

      {indicators && (
        <IndicatorPanel
          indicators={indicators}
          assessment={assessment}
          institution={institution}
        />
      )}
    </div>
  );
}
