import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useLocation, useParams } from 'wouter';
import { CriticalItemsList } from '../../ui/CriticalItemsList';
import { INSTITUTION_TYPES, LEGACY_INSTITUTION_TYPES, OWNERSHIPS, PROVINCES } from '../../domain/records';
import { currentKhususFor, currentUmum } from '../../domain/standard/registry';
import { saveInstitution, useInstitution } from '../../data/institutions';
import { startAssessment, useAssessments } from '../../data/assessments';
import { saveErrorMessage } from '../../ui/SaveStatus';
import { fieldRuleText } from '../../ui/messages';
import { clearDraft, loadDraft, saveDraft } from '../../data/drafts';
import { registerFlusher } from '../../data/pendingSaves';
import { setCurrentAssessment } from '../../ui/currentAssessment';
import { formatDateTime } from '../../ui/scoreFormat';
import { KabupatenField } from './KabupatenField';
import { EMPTY_PROFILE, profileFormSchema, toFormValues, type ProfileFormInput, type ProfileFormOutput } from './profileForm';
import './profile.css';

type Name = FieldPath<ProfileFormInput>;

export default function ProfilePage() {
  const params = useParams<{ institutionId?: string }>();
  const id = params.institutionId;
  const institution = useInstitution(id);
  if (id && institution === undefined) return <p role="status">Memuat profil…</p>;
  if (id && institution === null) {
    return (
      <div className="card danger" role="alert">
        <h1>Lembaga tidak ditemukan</h1>
        <p>
          <Link href="/">Kembali ke Beranda</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <h1>{institution ? `Profil: ${institution.name}` : 'Tambah lembaga'}</h1>
      <ProfileForm key={institution?.id ?? 'baru'} id={institution?.id} initial={institution ? toFormValues(institution) : EMPTY_PROFILE} />
      {institution && <AssessmentsSection institutionId={institution.id} institutionType={institution.type} />}
    </>
  );
}

function ProfileForm({ id, initial }: { id?: string; initial: ProfileFormInput }) {
  const [, navigate] = useLocation();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    reset,
    control,
    getValues,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ProfileFormInput, unknown, ProfileFormOutput>({
    resolver: zodResolver(profileFormSchema),
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const restored = useProfileDraft(`profile:${id ?? 'baru'}`, watch, reset);
  const type = watch('type');
  const khusus = type ? currentKhususFor(type) : null;

  // A link like /lembaga/:id#field-kabupaten (from the finalise checklist) focuses that field.
  useEffect(() => {
    const target = window.location.hash.slice(1);
    if (target) document.getElementById(target)?.focus();
  }, []);

  const onSubmit = async (values: ProfileFormOutput) => {
    setMessage(null);
    try {
      const saved = await saveInstitution(values, id);
      // A typed "Kab. Bandung" was saved as "Kabupaten Bandung": show what was stored (before the draft is discarded,
      // so this change is not kept as a new draft).
      if (getValues('kabupaten') !== values.kabupaten) setValue('kabupaten', values.kabupaten);
      restored.discard();
      setMessage({ ok: true, text: 'Profil tersimpan.' });
      if (!id) navigate(`/lembaga/${saved.id}`, { replace: true });
    } catch (error) {
      setMessage({ ok: false, text: saveErrorMessage(error) });
    }
  };
  const onInvalid = () => setMessage({ ok: false, text: 'Profil belum tersimpan: periksa isian yang ditandai.' });

  const field = (name: Name, label: string, input: ReactNode, hint?: string) => {
    const broken = errors[name as keyof typeof errors];
    const error = broken ? fieldRuleText(broken.message as string | undefined) : undefined;
    return (
      <div className="field">
        <label htmlFor={`field-${name}`}>{label}</label>
        {hint && (
          <p className="hint" id={`hint-${name}`}>
            {hint}
          </p>
        )}
        {input}
        {error && (
          <p className="field-error" id={`error-${name}`}>
            {error}
          </p>
        )}
      </div>
    );
  };
  const a11y = (name: Name) => {
    const error = errors[name as keyof typeof errors];
    return {
      id: `field-${name}`,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `error-${name}` : undefined,
    } as const;
  };
  const text = (name: Name, label: string, opts: { type?: string; autoComplete?: string; hint?: string } = {}) =>
    field(name, label, <input type={opts.type ?? 'text'} autoComplete={opts.autoComplete ?? 'off'} {...a11y(name)} {...register(name)} />, opts.hint);
  const count = (name: Name, label: string) =>
    field(name, label, <input type="text" inputMode="numeric" autoComplete="off" {...a11y(name)} {...register(name)} />);

  return (
    <form className="profile-form" noValidate onSubmit={handleSubmit(onSubmit, onInvalid)} aria-label="Profil lembaga">
      {restored.at && (
        <p className="card warn" role="status" data-testid="draft-restored">
          Isian yang belum disimpan ({formatDateTime(restored.at)}) dipulihkan. Periksa lalu tekan Simpan profil.
        </p>
      )}
      <fieldset>
        <legend>Identitas</legend>
        {text('name', 'Nama lembaga (wajib)', { autoComplete: 'organization' })}
        {field(
          'type',
          'Jenis panti (wajib)',
          <select {...a11y('type')} {...register('type')}>
            <option value="">— Pilih jenis panti —</option>
            {INSTITUTION_TYPES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
            {LEGACY_INSTITUTION_TYPES.filter((t) => t.id === type).map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>,
        )}
        {type === 'lainnya' && text('typeOther', 'Sebutkan jenis panti')}
        <p className="khusus-note" data-testid="khusus-module">
          {type
            ? khusus
              ? `Modul standar khusus: ${khusus.title} (versi ${khusus.version}).`
              : 'Jenis ini belum punya modul standar khusus; asesmen memakai Standar Umum saja.'
            : 'Jenis panti menentukan modul standar khusus yang ikut dinilai.'}
        </p>
        {field(
          'ownership',
          'Status kepemilikan (wajib)',
          <select {...a11y('ownership')} {...register('ownership')}>
            <option value="">— Pilih status —</option>
            {OWNERSHIPS.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>,
        )}
      </fieldset>

      <fieldset>
        <legend>Legalitas</legend>
        <div className="grid-2">
          {text('registrationNumber', 'Nomor tanda daftar LKS')}
          {text('registrationDate', 'Tanggal terbit tanda daftar', { type: 'date' })}
          {text('registrationExpiry', 'Berlaku sampai (tanda daftar)', { type: 'date' })}
          {text('permitNumber', 'Nomor izin operasional')}
          {text('permitDate', 'Tanggal terbit izin operasional', { type: 'date' })}
          {text('permitExpiry', 'Berlaku sampai (izin operasional)', { type: 'date' })}
        </div>
      </fieldset>

      <fieldset>
        <legend>Alamat</legend>
        {field('address', 'Alamat (jalan, nomor, RT/RW)', <textarea rows={2} {...a11y('address')} {...register('address')} />)}
        {/* Province first: the kabupaten/kota list follows it. */}
        <div className="grid-2">
          {field(
            'province',
            'Provinsi (wajib)',
            <select {...a11y('province')} {...register('province')}>
              <option value="">— Pilih provinsi —</option>
              {PROVINCES.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>,
          )}
          <KabupatenField control={control} register={register} setValue={setValue} error={errors.kabupaten ? fieldRuleText(errors.kabupaten.message) : undefined} />
          {text('kecamatan', 'Kecamatan')}
          {text('kelurahan', 'Kelurahan / desa')}
        </div>
      </fieldset>

      <fieldset>
        <legend>Kapasitas dan penerima manfaat</legend>
        <div className="grid-3">
          {count('capacity', 'Kapasitas (orang)')}
          {count('clientsMale', 'Penerima manfaat laki-laki')}
          {count('clientsFemale', 'Penerima manfaat perempuan')}
        </div>
      </fieldset>

      <fieldset>
        <legend>Pimpinan dan kontak</legend>
        {text('headName', 'Nama kepala / pimpinan lembaga', { autoComplete: 'name' })}
        <div className="grid-2">
          {text('phone', 'Telepon / WhatsApp', { type: 'tel', autoComplete: 'tel' })}
          {text('email', 'Email', { type: 'email', autoComplete: 'email' })}
        </div>
      </fieldset>

      <div className="actions sticky-actions">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Menyimpan…' : 'Simpan profil'}
        </button>
        {message && (
          <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'} data-testid="profile-message">
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}

function AssessmentsSection({ institutionId, institutionType }: { institutionId: string; institutionType: string }) {
  const assessments = useAssessments(institutionId);
  const [, navigate] = useLocation();
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const periodId = useId();
  const umum = currentUmum();
  const khusus = currentKhususFor(institutionType);

  const start = async () => {
    if (period.trim() === '') {
      setError('Periode wajib diisi, mis. 2026 atau Semester II 2026');
      return;
    }
    if (period.trim().length > 100) {
      setError('Periode paling banyak 100 karakter');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const a = await startAssessment({ id: institutionId, type: institutionType as never }, period.trim());
      setCurrentAssessment(a.id);
      navigate(`/asesmen/${a.id}`);
    } catch (e) {
      setError(saveErrorMessage(e));
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="asesmen-lembaga">
      <h2 id="asesmen-lembaga">Asesmen lembaga ini</h2>
      {assessments === undefined ? (
        <p role="status">Memuat…</p>
      ) : assessments.length === 0 ? (
        <p className="muted">Belum ada asesmen.</p>
      ) : (
        <ul className="plain-list">
          {assessments.map((a) => (
            <li key={a.id}>
              <Link href={`/asesmen/${a.id}`}>Periode {a.period}</Link>{' '}
              <span className={`badge ${a.status === 'final' ? 'final' : 'draft'}`}>{a.status === 'final' ? 'final' : 'draf'}</span>{' '}
              <span className="muted">diubah {formatDateTime(a.updatedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>Mulai asesmen baru</h3>
      <p className="muted">
        Memakai {umum.shortTitle} versi {umum.version}
        {khusus ? ` dan ${khusus.shortTitle} versi ${khusus.version}` : ''}. Versi ini dicatat di asesmen dan tidak berubah
        diam-diam.
      </p>
      <CriticalItemsList umum={umum} khusus={khusus} />
      <label htmlFor={periodId}>Periode asesmen</label>
      <input
        id={periodId}
        value={period}
        onChange={(e) => setPeriod(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${periodId}-error` : undefined}
        autoComplete="off"
      />
      {error && (
        <p className="field-error" id={`${periodId}-error`} role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void start()} disabled={busy}>
          Mulai asesmen baru
        </button>
      </div>
    </section>
  );
}

/**
 * What is typed in the profile is kept as a draft (debounced, flushed when the page is hidden) until it is saved,
 * and restored when the form opens again: a closed tab or a reload never loses a half-filled profile.
 */
function useProfileDraft(
  name: string,
  watch: ReturnType<typeof useForm<ProfileFormInput, unknown, ProfileFormOutput>>['watch'],
  reset: ReturnType<typeof useForm<ProfileFormInput, unknown, ProfileFormOutput>>['reset'],
) {
  const [at, setAt] = useState<string | null>(null);
  const ready = useRef(false);
  const pending = useRef<ProfileFormInput | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useRef(() => {});
  flush.current = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const values = pending.current;
    pending.current = null;
    if (values) saveDraft(name, values);
  };

  useEffect(() => {
    const draft = loadDraft<ProfileFormInput>(name);
    if (draft) {
      reset(draft.values, { keepDefaultValues: true });
      setAt(draft.savedAt);
    }
    ready.current = true;
    const subscription = watch((values) => {
      if (!ready.current) return;
      pending.current = values as ProfileFormInput;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => flush.current(), 300);
    });
    const unregister = registerFlusher(() => flush.current());
    return () => {
      subscription.unsubscribe();
      unregister();
      flush.current();
    };
  }, [name, reset, watch]);

  return {
    at,
    discard: () => {
      if (timer.current) clearTimeout(timer.current);
      pending.current = null;
      setAt(null);
      clearDraft(name);
    },
  };
}
