import { describe, expect, it, vi } from 'vitest';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { fastStandardFontText } from '../../../src/pdf/fastText';
import { toWinAnsi } from '../../../src/pdf/text';
import { ACCENT_NOTE, LONG_NOTE, ODD_NOTE, UNBROKEN } from '../domain/report/reportFixture';

const SAMPLES = [
  'Kepala panti',
  'AVAWAY To Ty Yo LT Wa',
  'Rapat pengurus “SOP penerimaan klien” — café, naïve, Œuvre, € 1.250,00 • 5 ≥ 3',
  ACCENT_NOTE,
  LONG_NOTE,
  ODD_NOTE,
  UNBROKEN,
  '',
].map(toWinAnsi);

const newDoc = () => new jsPDF({ unit: 'mm', format: 'a4', compress: false });

/** The page content of a small document drawn with plain text, wrapped text, aligned text and a table. */
function draw(doc: jsPDF): string {
  for (const [font, style] of [['helvetica', 'normal'], ['helvetica', 'bold'], ['courier', 'normal'], ['times', 'italic']] as const) {
    doc.setFont(font, style).setFontSize(9);
    let y = 20;
    for (const s of SAMPLES) {
      doc.text(doc.splitTextToSize(s, 80) as string[], 15, y, { baseline: 'top' });
      doc.text(s.slice(0, 40), 195, y, { align: 'right' });
      doc.text(s.slice(0, 30), 105, y + 4, { align: 'center' });
      y += 12;
    }
    autoTable(doc, { startY: y, head: [['Butir', 'Pernyataan', 'Jawaban']], body: SAMPLES.map((s, i) => [`KLB-${i}`, s, { content: 'Tingkat 3', styles: { fontStyle: 'bold', halign: 'right' } }]) });
    doc.addPage();
  }
  return doc.output().replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, '').replace(/\/ID \[[^\]]*\]/g, '');
}

describe('fastStandardFontText', () => {
  it('measures and wraps every string exactly as jsPDF does, for every standard font', () => {
    const plain = newDoc();
    const fast = fastStandardFontText(newDoc());
    for (const [font, style] of [['helvetica', 'normal'], ['helvetica', 'bold'], ['times', 'italic'], ['courier', 'bold']] as const) {
      plain.setFont(font, style);
      fast.setFont(font, style);
      for (const s of SAMPLES) {
        expect(fast.getStringUnitWidth(s)).toBe(plain.getStringUnitWidth(s));
        // Twice: the second answer comes from the cache.
        expect(fast.getStringUnitWidth(s)).toBe(plain.getStringUnitWidth(s));
        expect(fast.getTextWidth(s)).toBe(plain.getTextWidth(s));
        // Line breaking: narrow columns (long words chopped), wide ones, another font size, arrays of paragraphs.
        for (const w of [8, 17, 43.5, 80, 180]) {
          expect(fast.splitTextToSize(s, w)).toEqual(plain.splitTextToSize(s, w));
          expect(fast.splitTextToSize(s, w, { fontSize: 7.5 })).toEqual(plain.splitTextToSize(s, w, { fontSize: 7.5 }));
          // jsPDF's typings say string, but it (and autotable) pass arrays of paragraphs too.
          const paragraphs = [s, 'a  b', ''] as unknown as string;
          expect(fast.splitTextToSize(paragraphs, w)).toEqual(plain.splitTextToSize(paragraphs, w));
        }
      }
    }
  });

  it('produces byte-identical page content (text, wrapping, alignment, autotable) without the Arabic and BiDi passes', () => {
    const fast = fastStandardFontText(newDoc());
    const topics = (fast as unknown as { internal: { events: { getTopics(): Record<string, Record<string, unknown>> } } }).internal.events.getTopics();
    // jsPDF registers the Arabic shaping as the only preProcessText handler: it is gone on this document only.
    expect(Object.keys(topics.preProcessText ?? {})).toHaveLength(0);
    const plainTopics = (newDoc() as unknown as { internal: { events: { getTopics(): Record<string, Record<string, unknown>> } } }).internal.events.getTopics();
    expect(Object.keys(plainTopics.preProcessText ?? {}).length).toBeGreaterThan(0);
    expect(Object.keys(topics.postProcessText ?? {}).length).toBe(Object.keys(plainTopics.postProcessText ?? {}).length - 1);

    expect(draw(fast)).toBe(draw(newDoc()));
  });

  it('keeps the font list current when a font is added', () => {
    const fast = fastStandardFontText(newDoc());
    expect(fast.getFontList().helvetica).toContain('bold');
    expect(fast.getFontList().Extra).toBeUndefined();
    // jsPDF's TTF plugin complains (console.error) that no font file is loaded for it; only the list matters here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fast.addFont('Helvetica', 'Extra', 'normal');
    quiet.mockRestore();
    expect(fast.getFontList().Extra).toEqual(['normal']);
  });
});
