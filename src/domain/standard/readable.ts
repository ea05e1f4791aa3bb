/**
 * Users never see a working file's name or the word "seed". Version 1.0.0 of the instrument is published and frozen,
 * and some of its texts cite its sources that way; every text of an instrument passes through here before it is shown
 * (screens, PDF, catalogue, recap exports), so those citations read as the sources' readable titles.
 */
const TITLES: Record<string, string> = {
  '000': 'Indikator SIPD "Jumlah Tenaga Kesejahteraan Sosial Panti Sosial Pamardi Putra" (Kementerian Sosial)',
  '001': 'Indikator SIPD "Jumlah Panti Sosial Bina Laras" (2018)',
  '002': 'Harry Hikmat, "Analisis Kebijakan Pengembangan Panti Sosial"',
  '003': 'Indikator Provinsi DKI Jakarta "Persentase Potensi Sumber Daya Kesejahteraan Sosial yang Mampu Melakukan Pemberdayaan Sosial" (2024)',
  '004': 'Permensos 8/2012 tentang Potensi dan Sumber Kesejahteraan Sosial',
};
const SHORT: Record<string, string> = {
  '000': 'indikator SIPD Kementerian Sosial',
  '001': 'indikator SIPD Panti Sosial Bina Laras',
  '002': 'kajian kebijakan Harry Hikmat',
  '003': 'indikator Provinsi DKI Jakarta',
  '004': 'Permensos 8/2012',
};

const FILE = /\b(00[0-4])_[0-9a-f]{16}\.txt\b/gi;
const SEED = /\b[Ss]eed (00[0-4])\b/g;

export function readableText(text: string): string {
  if (!text.includes('.txt') && !/seed/i.test(text)) return text;
  return text.replace(FILE, (_m, n: string) => TITLES[n] ?? 'sumber kebijakan').replace(SEED, (_m, n: string) => SHORT[n] ?? 'sumber kebijakan');
}

/** A standard as users read it: every text passed through readableText (1.0.0 named working files). Scores are untouched. */
export function readableStandard<T>(standard: T): T {
  const text = JSON.stringify(standard);
  if (!/seed|\.txt/i.test(text)) return standard;
  return JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' ? readableText(value) : value)) as T;
}
