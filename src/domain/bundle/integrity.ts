import { canonicalJson } from './canonical';
import { bundleContentSchema, type Bundle, type BundleContent } from './schema';

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Fields of a bundle that are not content: re-exporting the same data at another time or from another app version gives the same code. */
const NOT_CONTENT = new Set(['exportedAt', 'app', 'integrity']);

/**
 * Everything but the export time, app version and the integrity block is hashed, also fields this app does not know
 * (a newer app's): the code is checked over the raw content, so a file from a newer app is not called damaged.
 */
export function contentOf(bundle: BundleContent): BundleContent {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(bundle)) if (!NOT_CONTENT.has(key)) out[key] = value;
  // recapSources is optional: canonicalJson drops undefined, so bundles without it hash exactly as before.
  return out as BundleContent;
}

/** SHA-256 of the content as it was read from a file, before any parsing normalised it (files included: the format of 0.1). */
export function rawContentHash(raw: Record<string, unknown>): Promise<string> {
  return sha256Hex(canonicalJson(contentOf(raw as BundleContent)));
}

/**
 * The integrity code identifies the assessment's content, not whether photo files ride along: it is the SHA-256 of
 * the content with `files` empty, so a bundle or report with and without "Sertakan berkas foto" has one code (and a
 * bundle without files hashes exactly as it always did). The files, when present, are covered by `filesHash`.
 */
export function sealHashes(content: Record<string, unknown>): Promise<{ hash: string; filesHash?: string }> {
  const files = Array.isArray(content.files) ? content.files : [];
  return Promise.all([
    sha256Hex(canonicalJson(contentOf({ ...content, files: [] } as unknown as BundleContent))),
    files.length ? sha256Hex(canonicalJson(files)) : Promise.resolve(undefined),
  ]).then(([hash, filesHash]) => (filesHash ? { hash, filesHash } : { hash }));
}

/** Whether a file's integrity block matches its content: the sealed form above, or the 0.1 form (files inside the hash). */
export async function integrityMatches(raw: Record<string, unknown>, normalised: BundleContent, integrity: { hash: string; filesHash?: string }): Promise<boolean> {
  for (const content of [raw, normalised as unknown as Record<string, unknown>]) {
    const sealed = await sealHashes(content);
    if (sealed.hash === integrity.hash && sealed.filesHash === integrity.filesHash) return true;
  }
  return (await rawContentHash(raw)) === integrity.hash || (await hashValidatedContent(normalised)) === integrity.hash;
}

export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** SHA-256 of a bundle's content. Validates (and normalises) the content first: safe for data from anywhere. */
export function contentHash(content: BundleContent): Promise<string> {
  return hashValidatedContent(bundleContentSchema.parse(content));
}

/**
 * SHA-256 of content that was just produced by `bundleContentSchema` / `bundleSchema` parsing (the parser's own
 * output), without validating it a second time. Gives the same hash as `contentHash` for such content (parsing is
 * idempotent). Never pass unvalidated data: use `contentHash` for that.
 */
export function hashValidatedContent(content: BundleContent): Promise<string> {
  return sha256Hex(canonicalJson(contentOf(content)));
}

/** The short integrity code printed on every page of the report, e.g. "3FA2-9C01". */
export function shortCode(hash: string): string {
  const h = hash.slice(0, 8).toUpperCase();
  return `${h.slice(0, 4)}-${h.slice(4, 8)}`;
}

export async function verifyIntegrity(bundle: Bundle): Promise<boolean> {
  const normalised = bundleContentSchema.parse(bundle);
  return integrityMatches(bundle as unknown as Record<string, unknown>, normalised, bundle.integrity);
}
