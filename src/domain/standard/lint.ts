import type { Item, StandardFile } from './schema';

/**
 * The language and structure rules of instrument files from version 2.0.0 on (docs/instrument-authoring.md).
 * Pure: used by scripts/lint-standards.ts and the unit tests. 1.0.0 files are published and frozen, so they
 * are never linted for language (their user-visible sources are made readable by readableText instead).
 */

export interface LintProblem {
  file: string;
  itemId?: string;
  rule: string;
  message: string;
}

export const STATEMENT_MAX = 170;
export const LEVEL_MAX = 280;
/** Two items sharing more than this share (Jaccard) of content words in statement and levels 3–4 score one fact twice. */
export const OVERLAP_MAX = 0.25;

/** Words that 2.x texts never use, with the form to use instead. */
export const FORBIDDEN_WORDS: readonly { pattern: RegExp; use: string }[] = [
  { pattern: /\bcukup\b/i, use: 'a named count, size or interval' },
  { pattern: /\bmemadai\b/i, use: 'a named count, size or interval' },
  { pattern: /\brutin\b/i, use: '"berkala" or a named interval' },
  { pattern: /\bsedikitnya\b/i, use: 'paling sedikit' },
  { pattern: /\bsekurang-kurangnya\b/i, use: 'paling sedikit' },
  { pattern: /\bminimal\b/i, use: 'paling sedikit' },
  { pattern: /\bsetidaknya\b/i, use: 'paling sedikit' },
  { pattern: /\bpersonil\b/i, use: 'personel' },
  { pattern: /\bmushal+a\b/i, use: 'musala' },
  { pattern: /\bberpassword\b/i, use: 'berkata sandi' },
  { pattern: /\bdireview\b/i, use: 'ditinjau' },
  { pattern: /\bklien\b/i, use: 'penerima manfaat' },
  { pattern: /\bpembinaan lanjut\b/i, use: 'bimbingan lanjut' },
  { pattern: /\brapat kasus\b/i, use: 'pembahasan kasus' },
  { pattern: /\bpertemuan kasus\b/i, use: 'pembahasan kasus' },
  { pattern: /\bcase conference\b/i, use: 'pembahasan kasus' },
  { pattern: /\bpenilai\b/i, use: 'asesor' },
  { pattern: /\bkemenkumham\b/i, use: 'Kementerian Hukum' },
  { pattern: /\banda\b/i, use: 'impersonal voice' },
  { pattern: /\bcacat\b/i, use: 'penyandang disabilitas' },
  { pattern: /\beks psikotik\b/i, use: 'penyandang disabilitas mental' },
  { pattern: /\bseed\b/i, use: 'the readable title of the source' },
  { pattern: /\d{3}_[0-9a-f]{16}(\.txt)?/i, use: 'the readable title (file names only in provenance)' },
];

/** Every text of an item a user can read (screen, PDF, catalogue). */
export function userTextsOf(item: Item): { field: string; text: string }[] {
  return [
    { field: 'statement', text: item.statement },
    { field: 'guidance', text: item.guidance },
    ...item.evidence.map((text, i) => ({ field: `evidence.${i}`, text })),
    ...item.levels.map((text, i) => ({ field: `levels.${i}`, text })),
    { field: 'recommendation', text: item.recommendation },
    { field: 'source', text: item.source },
    ...(item.computed ? [{ field: 'computed.explanation', text: item.computed.explanation }] : []),
    ...(item.replaces ?? []).map((r, i) => ({ field: `replaces.${i}.note`, text: r.note })),
    ...(item.revised ? [{ field: 'revised.note', text: item.revised.note }] : []),
  ];
}

export const cumulativePrefix = (level: number) => `Memenuhi tingkat ${level - 1}, dan `;
const endsWell = (s: string) => /[.!?)]$/.test(s.trim());

function lintItem(file: string, item: Item): LintProblem[] {
  const problems: LintProblem[] = [];
  const add = (rule: string, message: string) => problems.push({ file, itemId: item.id, rule, message });
  if (item.statement.length > STATEMENT_MAX) add('statement-length', `pernyataan ${item.statement.length} karakter (paling banyak ${STATEMENT_MAX})`);
  const conjunctions = (item.statement.match(/\b(dan|serta)\b/g) ?? []).length;
  if (conjunctions > 2 || (/\bserta\b/.test(item.statement) && /\bdan\b/.test(item.statement))) {
    add('statement-several', 'pernyataan memuat beberapa syarat sekaligus; pecah menjadi butir terpisah');
  }
  for (const { field, text } of [
    { field: 'statement', text: item.statement },
    { field: 'guidance', text: item.guidance },
    { field: 'recommendation', text: item.recommendation },
    ...item.levels.map((text, i) => ({ field: `levels.${i}`, text })),
  ]) {
    if (!endsWell(text)) add('punctuation', `${field} harus diakhiri tanda titik`);
  }
  item.levels.forEach((text, level) => {
    if (text.length > LEVEL_MAX) add('level-length', `levels.${level} ${text.length} karakter (paling banyak ${LEVEL_MAX})`);
    if (level >= 2 && !text.startsWith(cumulativePrefix(level))) {
      add('cumulative', `levels.${level} harus diawali "${cumulativePrefix(level)}" (tingkat bersifat kumulatif)`);
    }
  });
  for (const { field, text } of userTextsOf(item)) {
    for (const { pattern, use } of FORBIDDEN_WORDS) {
      const m = text.match(pattern);
      if (m) add('wording', `${field}: "${m[0]}" — pakai ${use}`);
    }
  }
  if (!item.sourceKind) add('source-kind', 'sourceKind wajib diisi (regulasi, analogi, kebijakan, praktik-baik, patokan-aplikasi)');
  if (item.critical && item.naAllowed) add('critical', 'butir kritis tidak boleh N/A');
  return problems;
}

/** Language and structure of one 2.x file. */
export function lintStandard(file: string, standard: StandardFile): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const aspect of standard.aspects) {
    for (const { field, text } of [
      { field: 'name', text: aspect.name },
      { field: 'description', text: aspect.description },
      ...aspect.components.flatMap((c) => [
        { field: `${c.id}.name`, text: c.name },
        { field: `${c.id}.description`, text: c.description },
      ]),
    ]) {
      for (const { pattern, use } of FORBIDDEN_WORDS) {
        const m = text.match(pattern);
        if (m) problems.push({ file, itemId: aspect.id, rule: 'wording', message: `${field}: "${m[0]}" — pakai ${use}` });
      }
    }
    for (const component of aspect.components) for (const item of component.items) problems.push(...lintItem(file, item));
  }
  if (standard.kind === 'khusus' && standard.totalShare === undefined) {
    problems.push({ file, rule: 'share', message: 'modul 2.x wajib punya totalShare (persen dari skor total)' });
  }
  return problems;
}

// Words that carry no fact of their own in this instrument: grammar, and the vocabulary every item shares.
const STOPWORDS = new Set(
  (
    'yang dan atau di ke dari untuk dengan pada dalam oleh bagi serta atas sebagai adalah ini itu tidak belum sudah telah ' +
    'ada setiap semua sebagian besar kecil paling sedikit lebih kurang juga secara antara tersebut masing dapat bisa akan ' +
    'memenuhi tingkat panti penerima manfaat lembaga anak tersedia memiliki dimiliki punya berkala bulan terakhir tahun ' +
    'tertulis dicatat tercatat dokumen bukti sesuai hasil ditinjau diperbarui dilaksanakan dilakukan setiap kali sekali ' +
    'mereka para orang hal tiap tanpa bila jika agar sehingga namun tetapi karena maupun termasuk misalnya yaitu'
  ).split(/\s+/),
);

export function contentWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const raw of texts) {
    const text = raw.replace(/^Memenuhi tingkat \d, dan /, '').toLowerCase();
    for (const w of text.split(/[^a-z0-9²]+/)) if (w.length >= 3 && !STOPWORDS.has(w)) words.add(w);
  }
  return words;
}

export function itemFingerprint(item: Item): Set<string> {
  return contentWords([item.statement, item.levels[3], item.levels[4]]);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

export interface OverlapPair {
  a: string;
  b: string;
  share: number;
}

/** Every pair of items (within and across the given standards, which meet in one assessment) above the threshold. */
export function overlappingPairs(standards: readonly StandardFile[], max = OVERLAP_MAX): OverlapPair[] {
  const items = standards.flatMap((s) => s.aspects.flatMap((a) => a.components.flatMap((c) => c.items)));
  const prints = items.map(itemFingerprint);
  const pairs: OverlapPair[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const share = jaccard(prints[i]!, prints[j]!);
      if (share > max) pairs.push({ a: items[i]!.id, b: items[j]!.id, share });
    }
  }
  return pairs.sort((x, y) => y.share - x.share);
}
