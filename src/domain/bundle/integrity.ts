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

export function contentHash(content: BundleContent): Promise<string> {
  return sha256Hex(canonicalJson(contentOf(bundleContentSchema.parse(content))));
}

/** The short integrity code printed on every page of the report, e.g. "3FA2-9C01". */
export function shortCode(hash: string): string {
  const h = hash.slice(0, 8).toUpperCase();
  return `${h.slice(0, 4)}-${h.slice(4, 8)}`;
}

export async function verifyIntegrity(bundle: Bundle): Promise<boolean> {
  return (await contentHash(bundle)) === bundle.integrity.hash;
}
