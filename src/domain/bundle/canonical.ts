/**
 * Canonical JSON: object keys sorted, no whitespace, arrays in their given order, undefined dropped.
 * Two bundles with the same content serialise to the same string, so their SHA-256 is the same.
 *
 * Hot path of every import (hashing each bundle): one string is built by appending to it (V8 keeps that as a rope,
 * flattened once) instead of allocating a filtered, mapped and joined array per object; quoted keys are cached.
 * The output is byte-identical to the straightforward version (see canonicalJsonReference in the unit tests).
 */
export function canonicalJson(value: unknown): string {
  return write(value);
}

/** Object keys repeat across thousands of records: quote each once (bounded so hostile input cannot grow it). */
const quotedKeys = new Map<string, string>();
const MAX_CACHED_KEYS = 2000;

function quoteKey(key: string): string {
  let q = quotedKeys.get(key);
  if (q === undefined) {
    q = JSON.stringify(key);
    if (quotedKeys.size < MAX_CACHED_KEYS) quotedKeys.set(key, q);
  }
  return q;
}

function write(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new Error('non-finite number in bundle');
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? writeArray(value) : writeObject(value as Record<string, unknown>);
    default:
      // undefined, functions, symbols → "null" (as JSON.stringify's undefined result); bigint throws like JSON.stringify.
      return JSON.stringify(value) ?? 'null';
  }
}

function writeArray(list: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out += ',';
    const v = list[i];
    // A hole in a sparse array stays empty (as Array.prototype.map + join did); an undefined element is null.
    if (v === undefined) out += i in list ? 'null' : '';
    else out += write(v);
  }
  return out + ']';
}

function writeObject(obj: Record<string, unknown>): string {
  const keys = Object.keys(obj);
  // Default sort (UTF-16 code units), as before; the keys array is ours, so sorting in place is safe.
  keys.sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    if (first) first = false;
    else out += ',';
    out += quoteKey(k);
    out += ':';
    out += write(v);
  }
  return out + '}';
}
