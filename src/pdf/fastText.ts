import { jsPDF } from 'jspdf';

/**
 * Cuts jsPDF's per-string overhead for documents that only use the standard (WinAnsi) fonts with left-to-right
 * Indonesian text. Profiling one report export showed most of the time in jsPDF's text path doing work we never need:
 *
 * - jsPDF's Arabic plugin runs `processArabic` (ligature shaping) on every string twice: as a `preProcessText`
 *   event of `text()` and directly inside `getStringUnitWidth()` (every width autotable measures, word by word).
 * - jsPDF's BiDi plugin runs `doBidiReorder` on every string as a `postProcessText` event.
 * - jspdf-autotable calls `getFontList()` (which rebuilds the font map) for every cell whose style sets a fontStyle.
 *
 * Both text hooks are the identity on text without Arabic/Hebrew letters, and everything drawn through this module
 * has first gone through `toWinAnsi` (Latin-1 plus a few typographic characters), so removing them changes no byte of
 * the page content. What this does, on ONE document instance (jsPDF.API and other documents stay untouched):
 *
 * 1. unsubscribes the Arabic and BiDi handlers from this document's `preProcessText`/`postProcessText` events
 *    (they are recognised by identity: the handler functions jsPDF registered in `jsPDF.API.events`);
 * 2. replaces `getStringUnitWidth` with the same sum of character widths, without the Arabic pass, memoised per
 *    font and string for calls without options (the standard fonts' widths depend on nothing else);
 * 3. replaces `splitTextToSize` (plain calls: no indents) with the same line breaking, using those memoised word widths;
 * 4. memoises `getFontList`, invalidated by `addFont`.
 *
 * Call it right after `new jsPDF(...)`, before drawing anything. Do not use it for documents with RTL text or
 * embedded Unicode (Identity-H) fonts that rely on Arabic shaping.
 */

type TextHook = (payload: unknown) => void;

interface EventsInternal {
  getTopics(): Record<string, Record<string, [TextHook, boolean]>>;
  unsubscribe(token: string): boolean;
}

interface UnicodeMetrics {
  widths: Record<number, number> & { fof?: number };
  kerning: Record<number, Record<number, number> | undefined> & { fof?: number };
}

interface FontMetadata {
  widthOfString?: unknown;
  Unicode?: UnicodeMetrics;
}

interface StandardFont {
  id: string;
  metadata: FontMetadata;
}

interface DocInternal {
  events: EventsInternal;
  getFont(): StandardFont;
  getCharSpace(): number;
  getFontSize(): number;
  scaleFactor: number;
}

interface FastDoc {
  internal: DocInternal;
  getCharWidthsArray(text: string, options?: object): number[];
  getStringUnitWidth(text: string, options?: object): number;
  splitTextToSize(text: string | string[], maxlen: number, options?: { fontSize?: number }): string[];
  getFontList(): Record<string, string[]>;
  addFont(...args: unknown[]): string;
}

/** The handlers we drop: jsPDF's Arabic shaping (preProcessText) and BiDi reordering (postProcessText). */
function unwantedTextHooks(): Set<TextHook> {
  const api = jsPDF.API as unknown as { events: [string, TextHook | [TextHook, boolean]][]; processArabic?: TextHook };
  const hooks = new Set<TextHook>();
  if (api.processArabic) hooks.add(api.processArabic);
  for (const [topic, handler] of api.events) {
    const fn = typeof handler === 'function' ? handler : handler[0];
    // The BiDi engine is the postProcessText handler named bidiEngineFunction; the other postProcessText handler
    // (utf8EscapeFunction, needed for Identity-H fonts) stays. Minifiers may rename functions, so the BiDi handler is
    // also recognised by its source calling doBidiReorder.
    if (topic === 'postProcessText' && (fn.name === 'bidiEngineFunction' || /doBidiReorder/.test(String(fn)))) hooks.add(fn);
  }
  return hooks;
}

let unwanted: Set<TextHook> | null = null;

/** jsPDF's getCharWidthsArray for a standard font (with kerning), for the rare word longer than a line. */
function charWidths(text: string, metrics: UnicodeMetrics): number[] {
  const { widths, kerning } = metrics;
  const fof = widths.fof ? widths.fof : 1;
  const kfof = kerning.fof ? kerning.fof : 1;
  const fallback = widths[0] || fof;
  const out: number[] = [];
  let prior = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pairs = kerning[code];
    const kern = typeof pairs === 'object' && pairs !== null && !isNaN(parseInt(pairs[prior] as unknown as string, 10)) ? pairs[prior]! / kfof : 0;
    out.push((widths[code] || fallback) / fof + kern);
    prior = code;
  }
  return out;
}

const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** jsPDF's splitLongWord: the part that fits the current line, then pieces of at most maxLen. */
function splitLongWord(word: string, widths: number[], firstLineMaxLen: number, maxLen: number): string[] {
  const answer: string[] = [];
  let i = 0;
  let workingLen = 0;
  while (i !== word.length && workingLen + widths[i]! < firstLineMaxLen) {
    workingLen += widths[i]!;
    i++;
  }
  answer.push(word.slice(0, i));
  let startOfLine = i;
  workingLen = 0;
  while (i !== word.length) {
    if (workingLen + widths[i]! > maxLen) {
      answer.push(word.slice(startOfLine, i));
      workingLen = 0;
      startOfLine = i;
    }
    workingLen += widths[i]!;
    i++;
  }
  if (startOfLine !== i) answer.push(word.slice(startOfLine, i));
  return answer;
}

/**
 * jsPDF's splitParagraphIntoLines without indents (the only way this app calls it), with word widths from `width`
 * (memoised) instead of a fresh array per word. Same comparisons, same sums, same order: the same lines.
 */
function splitParagraph(text: string, maxlen: number, metrics: UnicodeMetrics, width: (word: string) => number): string[] {
  let line: string[] = [];
  const lines: string[][] = [line];
  let lineLength = 0;
  let separatorLength = 0;
  const spaceWidth = charWidths(' ', metrics)[0]!;
  for (const word of text.split(' ')) {
    let wordLength = width(word);
    if (lineLength + separatorLength + wordLength > maxlen) {
      if (wordLength > maxlen) {
        // A word longer than a line (a URL): chopped to size, no hyphens.
        const widths = charWidths(word, metrics);
        const parts = splitLongWord(word, widths, maxlen - (lineLength + separatorLength), maxlen);
        line.push(parts.shift()!);
        line = [parts.pop()!];
        while (parts.length) lines.push([parts.shift()!]);
        wordLength = sumOf(widths.slice(word.length - (line[0] ? line[0].length : 0)));
      } else {
        line = [word];
      }
      lines.push(line);
      lineLength = wordLength;
      separatorLength = spaceWidth;
    } else {
      line.push(word);
      lineLength += separatorLength + wordLength;
      separatorLength = spaceWidth;
    }
  }
  return lines.map((l) => l.join(' '));
}

/** jsPDF's getStringUnitWidth for a standard font (getCharWidthsArray with kerning, summed left to right). */
function unitWidth(text: string, metrics: UnicodeMetrics): number {
  const { widths, kerning } = metrics;
  const fof = widths.fof ? widths.fof : 1;
  const kfof = kerning.fof ? kerning.fof : 1;
  const fallback = widths[0] || fof;
  let sum = 0;
  let prior = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pairs = kerning[code];
    const kern = typeof pairs === 'object' && pairs !== null && !isNaN(parseInt(pairs[prior] as unknown as string, 10)) ? pairs[prior]! / kfof : 0;
    sum += (widths[code] || fallback) / fof + kern;
    prior = code;
  }
  return sum;
}

export function fastStandardFontText<T extends jsPDF>(doc: T): T {
  const d = doc as unknown as FastDoc;
  unwanted ??= unwantedTextHooks();

  // 1. Drop the Arabic and BiDi text hooks of this document.
  const topics = d.internal.events.getTopics();
  for (const topic of ['preProcessText', 'postProcessText']) {
    for (const [token, [fn]] of Object.entries(topics[topic] ?? {})) if (unwanted.has(fn)) d.internal.events.unsubscribe(token);
  }

  // 2. String widths without the Arabic pass, memoised per font for the plain (option-less) calls. The sum is
  //    jsPDF's getCharWidthsArray + reduce, term for term and in the same order (so bit-identical), without the array.
  const original = d.getStringUnitWidth.bind(doc);
  const caches = new Map<string, Map<string, number>>();
  d.getStringUnitWidth = (text: string, options?: { font?: StandardFont }) => {
    const font = options?.font ?? d.internal.getFont();
    // Embedded TTF fonts (their own width function) and calls with options keep jsPDF's own path.
    if (options || typeof font.metadata.widthOfString === 'function' || !font.metadata.Unicode) return original(text, options);
    let cache = caches.get(font.id);
    if (!cache) caches.set(font.id, (cache = new Map()));
    let w = cache.get(text);
    if (w === undefined) {
      w = unitWidth(text, font.metadata.Unicode);
      cache.set(text, w);
    }
    return w;
  };

  // 3. splitTextToSize for the plain calls (no indents, font and size as set), word widths from the memo above.
  const originalSplit = d.splitTextToSize.bind(doc);
  d.splitTextToSize = (text: string | string[], maxlen: number, options?: { fontSize?: number }) => {
    const font = d.internal.getFont();
    const onlyFontSize = !options || Object.keys(options).every((k) => k === 'fontSize');
    if (!onlyFontSize || typeof font.metadata.widthOfString === 'function' || !font.metadata.Unicode) return originalSplit(text, maxlen, options);
    const metrics = font.metadata.Unicode;
    const fsize = options?.fontSize || d.internal.getFontSize();
    const paragraphs = Array.isArray(text) ? text : String(text).split(/\r?\n/);
    const maxLen = (1.0 * d.internal.scaleFactor * maxlen) / fsize;
    const width = (word: string) => d.getStringUnitWidth(word);
    const out: string[] = [];
    for (const p of paragraphs) for (const l of splitParagraph(p, maxLen, metrics, width)) out.push(l);
    return out;
  };

  // 4. The font list, rebuilt only when a font is added.
  const fontList = d.getFontList.bind(doc);
  const addFont = d.addFont.bind(doc);
  let fonts: Record<string, string[]> | null = null;
  d.getFontList = () => (fonts ??= fontList());
  d.addFont = (...args: unknown[]) => {
    fonts = null;
    caches.clear();
    return addFont(...args);
  };
  return doc;
}
