/**
 * Why a file handed to the app (a bundle, a report PDF, a file for the recap) was refused, as codes with what the
 * sentence needs. Nothing here is worded: src/ui/messages.ts (fileProblemText) says each one in Indonesian.
 */
import type { MAX_PER_ASSESSMENT } from './parse';

/** A problem of a bundle file's content (src/domain/bundle/parse.ts). */
export type BundleProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-text' }
  | { code: 'unreadable'; errorName: string }
  | { code: 'empty' }
  | { code: 'truncated' }
  | { code: 'not-json'; detail: string | null }
  | { code: 'not-an-object' }
  | { code: 'not-a-bundle' }
  | { code: 'newer-format'; version: number; supported: number }
  /**
   * A field the schema refuses: its path in the file (as zod gives it), the last named field on that path, and zod's
   * message (worded by the zod locale configured in src/domain/records/zodLocale.ts).
   */
  | { code: 'invalid-field'; path: readonly PropertyKey[]; field: string | null; message: string }
  /** `collection` is the bundle's key (institutions, answers, …); `key` the id used twice. */
  | { code: 'duplicate-id'; collection: string; key: string }
  | { code: 'too-many-rows'; assessmentId: string; collection: keyof typeof MAX_PER_ASSESSMENT; count: number; limit: number }
  | { code: 'integrity-mismatch' }
  /** Closes a list cut at MAX_PROBLEMS: how many more there were. */
  | { code: 'more'; count: number };

/** A problem of a PDF that should carry a bundle (src/domain/bundle/pdf.ts). */
export type PdfProblem =
  | { code: 'pdf-not-pdf' }
  | { code: 'pdf-truncated' }
  | { code: 'pdf-no-attachment' }
  | { code: 'pdf-attachment-too-large' }
  | { code: 'pdf-attachment-unreadable' }
  | { code: 'pdf-unreadable' }
  /** The user stopped the check (the worker reading the PDF was ended). */
  | { code: 'pdf-cancelled' };

/** Any reason a chosen file is refused: its PDF, its bundle, or (for the recap) a bundle holding no assessment. */
export type FileProblem = BundleProblem | PdfProblem | { code: 'no-assessment' };
