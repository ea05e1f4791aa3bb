/**
 * jsPDF's standard fonts (Helvetica) cover WinAnsi: Latin-1 plus a few typographic characters (curly quotes, dashes,
 * euro, bullet, ellipsis). Anything else would come out garbled, so it is replaced by a close or safe fallback here.
 */
const WINANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const REPLACEMENTS: Record<string, string> = {
  '\u2192': '->',
  '\u2190': '<-',
  '\u2194': '<->',
  '\u21D2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '—',
  '\u2032': "'",
  '\u2033': '"',
  '\u201B': '‘',
  '\u201F': '“',
  '\u2043': '-',
  '\u2219': '•',
  '\u25CF': '•',
  '\u25AA': '•',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u2717': 'x',
  '\u2022': '•',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u202F': ' ',
  '\u2007': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u3000': ' ',
  '\u2116': 'No.',
  // Letters that Unicode does not decompose into a base letter + mark.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŧ: 'T',
  ŧ: 't',
};

const isWinAnsi = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WINANSI_EXTRA.has(ch) || ch === '\n';
};

/**
 * What stands in the PDF for text the standard fonts cannot show (Arabic or Chinese script, Javanese, emoji): one
 * visible marker per run, never a silent "?". The exact text stays in the bundle attached to the report.
 */
export const UNPRINTABLE_MARK = '[aksara non-Latin]';
const MARK_THEN_SPACES = /\[aksara non-Latin\][ ]*$/;

/** Makes user text safe for the standard fonts: line breaks kept, tabs → spaces, other characters mapped or marked. */
export function toWinAnsi(text: string): string {
  const normal = text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').normalize('NFC');
  let out = '';
  for (const ch of normal) {
    if (isWinAnsi(ch)) {
      out += ch;
      continue;
    }
    const mapped = REPLACEMENTS[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const code = ch.codePointAt(0)!;
    // Invisible characters (controls, zero-width, variation selectors, BOM) are dropped.
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x200b && code <= 0x200f) || code === 0xfeff || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    // Latin letters with marks outside Latin-1 (ă, ğ, ł…) lose the mark rather than the letter.
    const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (base !== ch && [...base].every(isWinAnsi)) {
      out += base;
      continue;
    }
    // A run of unprintable characters (with the spaces between its words) becomes one marker.
    if (MARK_THEN_SPACES.test(out)) out = out.replace(/[ ]+$/, '');
    else out += UNPRINTABLE_MARK;
  }
  return out;
}

/** Whether any string in `value` holds text the standard fonts cannot print (the report then says so). */
export function hasUnprintableText(value: unknown): boolean {
  if (typeof value === 'string') return toWinAnsi(value).split(UNPRINTABLE_MARK).length > value.split(UNPRINTABLE_MARK).length;
  if (Array.isArray(value)) return value.some(hasUnprintableText);
  if (value && typeof value === 'object') return Object.values(value).some(hasUnprintableText);
  return false;
}

/** The note printed once where a report marked unprintable text. */
export const UNPRINTABLE_NOTE = `Sebagian teks memakai aksara yang tidak dapat dicetak dengan huruf PDF ini (misalnya aksara Arab, Tionghoa, Jawa, atau emoji) dan ditandai ${UNPRINTABLE_MARK}. Teks aslinya tersimpan utuh di berkas asesmen yang terlampir dan tampil lengkap di aplikasi.`;
