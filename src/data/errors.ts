/**
 * Why src/data refused a write or could not do it. Data code throws (or returns) a StoreError with a code and never
 * words for the user: src/ui/messages.ts turns each code into Indonesian.
 */
export const STORE_ERROR_CODES = [
  /** The assessment (or its record) is not on this device. */
  'assessment-missing',
  /** The stored assessment row cannot be read (corrupt). */
  'assessment-corrupt',
  /** The assessment is final: reopen it first. */
  'assessment-final',
  /** An assessor's review copy of another institution's assessment never changes. */
  'review-copy',
  /** A team member's phone tried to finalise; only the lead's device does. */
  'finalise-lead-only',
  /** Only the lead's device changes the team's assignment or makes a member's task package. */
  'team-lead-only',
  'team-exists',
  'team-missing',
  'member-missing',
  'lead-undeletable',
  /** The row being edited was deleted meanwhile (another tab, an import). */
  'row-missing',
  /** The row being edited belongs to another assessment. */
  'row-elsewhere',
  /** The value breaks the record's rule; `detail` is the rule's own sentence (from the domain schema). */
  'invalid',
  /** The device's storage is full; nothing of this write was stored. */
  'quota',
  /** Any other storage failure; `detail` is the browser's message. */
  'storage',
  /** A version move's plan was made on answers that have changed since. */
  'move-stale',
  'move-nothing-to-undo',
  'move-answered-since',
  /** An import's plan does not belong to this file. */
  'import-plan-mismatch',
  /** The device changed between an import's preview and its apply. */
  'import-changed',
  /** A team merge has conflicts left without the user's choice (`detail`: their keys), or choices for unknown keys. */
  'merge-choice-missing',
  'merge-choice-invalid',
  /** The stored data was written by a newer app. */
  'newer-version',
  /** The browser's storage cannot be opened at all (private mode, disabled, broken). */
  'storage-unavailable',
] as const;

export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

/** A write refused because of what is stored: trying again later cannot succeed. */
const FOR_GOOD: ReadonlySet<StoreErrorCode> = new Set<StoreErrorCode>([
  'assessment-missing',
  'assessment-corrupt',
  'assessment-final',
  'review-copy',
  'finalise-lead-only',
  'team-lead-only',
  'row-missing',
  'row-elsewhere',
  'invalid',
]);

export function refusedForGood(error: unknown): boolean {
  return error instanceof StoreError && FOR_GOOD.has(error.code);
}

export function isQuotaError(error: unknown): boolean {
  if (error instanceof StoreError) return error.code === 'quota';
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

/** Any failure as a StoreError: a StoreError as it is, a full disk as 'quota', anything else as 'storage' with its message. */
export function asStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) return new StoreError('quota');
  return new StoreError('storage', error instanceof Error ? error.message || error.name : String(error));
}
