import { canonicalJson } from './canonical';
import { bundleContentSchema, type Bundle, type BundleContent } from './schema';

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Only the content fields are hashed: not the export time or app version, so re-exporting the same data gives the same code. */
export function contentOf(bundle: BundleContent): BundleContent {
  const { format, formatVersion, kind, institutions, assessments, answers, staff, evidence, files, actions, reviews, reviewMeta, recapSources } = bundle;
  // recapSources is optional: canonicalJson drops undefined, so bundles without it hash exactly as before.
  return { format, formatVersion, kind, institutions, assessments, answers, staff, evidence, files, actions, reviews, reviewMeta, recapSources };
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
  return (await contentHash(bundle)) === bundle.integrity.hash;
}
