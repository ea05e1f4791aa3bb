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

/** Makes user text safe for the standard fonts: line breaks kept, tabs → spaces, other characters mapped or '?'. */
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
    out += '?';
  }
  return out;
}
