/**
 * What the record schemas put in the message of a rule they add: a code, never a sentence. src/ui/messages.ts
 * (fieldRuleText) says it in Indonesian beside the field, in an import's list of problems and in a refused write.
 * Rules zod words itself (types, lengths without a code) come in the zod locale set in ./zodLocale.ts.
 */
const REQUIRED = ['institution-name', 'name', 'position', 'place', 'date', 'period', 'action', 'document-kind'] as const;
const CHOICES = ['institution-type', 'ownership', 'province'] as const;
const PLAIN = ['not-a-number', 'not-integer', 'negative', 'too-large', 'invalid-date', 'invalid-hash', 'too-many-rows'] as const;
export type RequiredField = (typeof REQUIRED)[number];
export type ChoiceField = (typeof CHOICES)[number];

export const fieldRule = {
  required: (field: RequiredField) => `required:${field}`,
  choose: (field: ChoiceField) => `choose:${field}`,
  tooLong: (max: number) => `too-long:${max}`,
  notANumber: 'not-a-number',
  notInteger: 'not-integer',
  negative: 'negative',
  tooLarge: 'too-large',
  invalidDate: 'invalid-date',
  invalidHash: 'invalid-hash',
  tooManyRows: 'too-many-rows',
} as const;

/** A message that is one of the codes above, read back into its parts; null for any other message. */
export type FieldRule =
  | { code: 'required'; field: RequiredField }
  | { code: 'choose'; field: ChoiceField }
  | { code: 'too-long'; max: number }
  | { code: (typeof PLAIN)[number] };

export function readFieldRule(message: string): FieldRule | null {
  const [code, arg] = message.split(':', 2) as [string, string | undefined];
  if (code === 'required' && (REQUIRED as readonly string[]).includes(arg ?? '')) return { code, field: arg as RequiredField };
  if (code === 'choose' && (CHOICES as readonly string[]).includes(arg ?? '')) return { code, field: arg as ChoiceField };
  if (code === 'too-long' && arg !== undefined && /^\d+$/.test(arg)) return { code, max: Number(arg) };
  if (arg === undefined && (PLAIN as readonly string[]).includes(code)) return { code: code as (typeof PLAIN)[number] };
  return null;
}
