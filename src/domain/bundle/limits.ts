/** The largest bundle file read (JSON, or the attachment of a PDF). Its own module: the PDF worker needs it without zod. */
export const MAX_BUNDLE_BYTES = 200 * 1024 * 1024;
