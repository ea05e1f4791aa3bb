import { staffRole, type StaffMember } from '../../domain/records';
import type { StaffInput } from '../../data/staff';
import { EDUCATION_OPTIONS, EMPLOYMENT_OPTIONS, ROLE_OPTIONS, UNSUR_OPTIONS } from '../../domain/records/staffLabels';

interface Props {
  idPrefix: string;
  value: StaffInput;
  onChange: (patch: Partial<StaffInput>) => void;
  disabled?: boolean;
}

function Select<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  disabled?: boolean;
}) {
  return (
    <div className="staff-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Check({ id, label, checked, onChange, disabled }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void; disabled?: boolean }) {
  return (
    <label htmlFor={id} className="staff-check">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** The fields of one staff member. Choosing a role sets its usual unsur; the unsur can still be changed. */
export function StaffFields({ idPrefix, value, onChange, disabled }: Props) {
  const role = staffRole(value.role);
  return (
    <div className="staff-fields">
      <Select<StaffMember['role']>
        id={`${idPrefix}-role`}
        label="Peran"
        value={value.role}
        options={ROLE_OPTIONS}
        disabled={disabled}
        onChange={(r) => {
          const next = staffRole(r);
          // Flags that only apply to some roles are cleared when they no longer apply (they are hidden then).
          onChange({
            role: r,
            unsur: next?.unsur ?? value.unsur,
            ...(r !== 'pekerja-sosial' ? { certified: false } : {}),
            ...(!next?.welfare ? { empowermentCapable: false } : {}),
          });
        }}
      />
      <div className="staff-grid">
        <Select<StaffMember['unsur']> id={`${idPrefix}-unsur`} label="Unsur" value={value.unsur} options={UNSUR_OPTIONS} disabled={disabled} onChange={(unsur) => onChange({ unsur })} />
        <Select<StaffMember['education']>
          id={`${idPrefix}-education`}
          label="Pendidikan"
          value={value.education}
          options={EDUCATION_OPTIONS}
          disabled={disabled}
          onChange={(education) => onChange({ education })}
        />
        <Select<StaffMember['employment']>
          id={`${idPrefix}-employment`}
          label="Status"
          value={value.employment}
          options={EMPLOYMENT_OPTIONS}
          disabled={disabled}
          onChange={(employment) => onChange({ employment })}
        />
        <div className="staff-field">
          <label htmlFor={`${idPrefix}-name`}>Nama / inisial (boleh kosong)</label>
          <input
            id={`${idPrefix}-name`}
            value={value.name}
            maxLength={200}
            autoComplete="off"
            disabled={disabled}
            onChange={(e) => onChange({ name: e.target.value })}
          />
        </div>
      </div>
      <div className="staff-checks">
        {value.role === 'pekerja-sosial' && (
          <Check
            id={`${idPrefix}-certified`}
            label="Bersertifikat pekerja sosial profesional"
            checked={value.certified}
            disabled={disabled}
            onChange={(certified) => onChange({ certified })}
          />
        )}
        <Check
          id={`${idPrefix}-trained`}
          label="Ikut pelatihan dalam 12 bulan terakhir"
          checked={value.trainedLast12Months}
          disabled={disabled}
          onChange={(trainedLast12Months) => onChange({ trainedLast12Months })}
        />
        {role?.welfare && (
          <Check
            id={`${idPrefix}-empowerment`}
            label="Mampu melakukan pemberdayaan sosial"
            checked={value.empowermentCapable}
            disabled={disabled}
            onChange={(empowermentCapable) => onChange({ empowermentCapable })}
          />
        )}
      </div>
    </div>
  );
}
