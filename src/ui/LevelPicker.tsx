import type { Level } from '../domain/standard/schema';

export const LEVEL_VALUES: readonly Level[] = [0, 1, 2, 3, 4];

/**
 * Large radio buttons for levels 0–4, each with its own descriptor, plus an optional N/A choice.
 * `value` is the level, 'na', or null (nothing chosen). Every option is a ≥44 px label around its radio.
 */
export function LevelPicker({
  name,
  legend,
  descriptors,
  value,
  onChange,
  naAllowed = false,
  disabled = false,
}: {
  name: string;
  legend: string;
  descriptors: readonly string[];
  value: Level | 'na' | null;
  onChange: (value: Level | 'na') => void;
  naAllowed?: boolean;
  disabled?: boolean;
}) {
  return (
    <fieldset className="level-picker" disabled={disabled}>
      <legend>{legend}</legend>
      {LEVEL_VALUES.map((level) => (
        <label key={level} className={`level-option${value === level ? ' is-checked' : ''}`}>
          <input
            type="radio"
            name={name}
            value={String(level)}
            checked={value === level}
            onChange={() => onChange(level)}
            data-testid={`level-${level}`}
          />
          <span className="level-number" aria-hidden="true">
            {level}
          </span>
          <span className="level-text">
            <span className="visually-hidden">Tingkat {level}: </span>
            {descriptors[level]}
          </span>
        </label>
      ))}
      {naAllowed && (
        <label className={`level-option level-na${value === 'na' ? ' is-checked' : ''}`}>
          <input type="radio" name={name} value="na" checked={value === 'na'} onChange={() => onChange('na')} data-testid="level-na" />
          <span className="level-number" aria-hidden="true">
            N/A
          </span>
          <span className="level-text">Tidak berlaku untuk panti ini (wajib beri alasan)</span>
        </label>
      )}
    </fieldset>
  );
}
