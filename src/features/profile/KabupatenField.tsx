import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useWatch, type Control, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { kabupatenOf, matchKabupaten, provincesOfKabupaten, tidyKabupaten } from '../../domain/records/kabupatenName';
import type { ProfileFormInput, ProfileFormOutput } from './profileForm';

interface Props {
  control: Control<ProfileFormInput, unknown, ProfileFormOutput>;
  register: UseFormRegister<ProfileFormInput>;
  setValue: UseFormSetValue<ProfileFormInput>;
  error?: string;
}

const joinList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`);

/**
 * Kabupaten / kota: a text box offering the chosen province's list (a datalist), kept as free text. It says what a
 * typed name will be saved as ("Kab. Bandung" → Kabupaten Bandung), asks to choose when the name is ambiguous, and
 * flags, without erasing, a name that is not in the province's list (after a change of province, or an old record).
 * Watches only its own two fields, so typing here does not re-render the whole form.
 */
export function KabupatenField({ control, register, setValue, error }: Props) {
  const [province, value] = useWatch({ control, name: ['province', 'kabupaten'] });
  const [editing, setEditing] = useState(false);
  const listId = useId();
  const input = useRef<HTMLInputElement | null>(null);
  const options = useMemo(() => kabupatenOf(province ?? ''), [province]);
  const typed = tidyKabupaten(value ?? '');
  const match = useMemo(() => matchKabupaten(province ?? '', typed), [province, typed]);
  const registration = register('kabupaten');

  const choose = (name: string) => {
    setValue('kabupaten', name, { shouldDirty: true });
    input.current?.focus();
  };

  let note: ReactNode = null;
  if (match.status === 'normalised') {
    note = (
      <p className="hint">
        Akan disimpan sebagai <strong>{match.entry.name}</strong>.
      </p>
    );
  } else if (match.status === 'ambiguous') {
    note = (
      <>
        <p className="field-warning">
          “{typed}” cocok dengan {match.candidates.length} nama di {province}. Pilih salah satu:
        </p>
        <div className="kabupaten-choices">
          {match.candidates.map((c) => (
            <button key={c.code} type="button" className="secondary" onClick={() => choose(c.name)}>
              {c.name}
            </button>
          ))}
        </div>
      </>
    );
  } else if (match.status === 'unknown' && !editing) {
    const elsewhere = provincesOfKabupaten(typed, province).slice(0, 3);
    note = (
      <p className="field-warning" data-testid="kabupaten-flag">
        “{typed}” tidak ada di daftar kabupaten/kota {province}.{' '}
        {elsewhere.length > 0
          ? `Nama ini ada di daftar ${joinList(elsewhere.map((e) => `${e.province} (${e.name})`))}: periksa pilihan provinsi.`
          : 'Periksa ejaannya. Bila memang belum ada di daftar, isian tetap disimpan seperti yang diketik.'}
      </p>
    );
  }

  const describedBy = ['hint-kabupaten', note ? 'note-kabupaten' : '', error ? 'error-kabupaten' : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor="field-kabupaten">Kabupaten / kota</label>
      <p className="hint" id="hint-kabupaten">
        {options.length > 0
          ? `Ketik atau pilih dari daftar ${options.length} kabupaten/kota di ${province}.`
          : 'Pilih provinsi lebih dulu: daftar kabupaten/kota mengikuti provinsi.'}
      </p>
      <input
        type="text"
        id="field-kabupaten"
        list={options.length > 0 ? listId : undefined}
        autoComplete="off"
        autoCapitalize="words"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...registration}
        ref={(el) => {
          registration.ref(el);
          input.current = el;
        }}
        onFocus={() => setEditing(true)}
        onBlur={(e) => {
          setEditing(false);
          void registration.onBlur(e);
        }}
      />
      {options.length > 0 && (
        <datalist id={listId} data-testid="kabupaten-options">
          {options.map((k) => (
            <option key={k.code} value={k.name} />
          ))}
        </datalist>
      )}
      <div id="note-kabupaten" aria-live="polite">
        {note}
      </div>
      {error && (
        <p className="field-error" id="error-kabupaten">
          {error}
        </p>
      )}
    </div>
  );
}
