import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregateRecap, rowsOfSource, selectRows } from '../../../src/domain/recap';
import { buildRecapPdf } from '../../../src/pdf/recap';
import { describe as describeItem, fixtureSources, resolve } from '../domain/recap/fixtures';

const OUT = join(tmpdir(), 'swanilai-recap-pdf-test');
mkdirSync(OUT, { recursive: true });
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

function recapPdf() {
  const rows = fixtureSources().flatMap((s) => rowsOfSource(s, { recapDate: '2026-11-22', resolve }));
  const result = aggregateRecap(selectRows(rows).selected, {}, '2026-11-22', { describeItem });
  const doc = buildRecapPdf(result);
  const file = join(OUT, 'rekap.pdf');
  writeFileSync(file, new Uint8Array(doc.output('arraybuffer')));
  return { doc, file };
}

interface Word {
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  text: string;
}

/** Every word of the PDF with its box, from pdftotext -bbox. */
function words(file: string): Word[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/.exec(line);
    if (m) out.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4]! });
  }
  return out;
}

describe('recap PDF', () => {
  it('renders every table of the recap on landscape pages with page numbers', () => {
    const { doc } = recapPdf();
    const bytes = new Uint8Array(doc.output('arraybuffer'));
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(doc.internal.pageSize.getWidth()).toBeGreaterThan(doc.internal.pageSize.getHeight());
    expect(doc.getNumberOfPages()).toBeGreaterThanOrEqual(2);
  });

  it('prints numbers with a decimal comma, as the screen does', () => {
    const { file } = recapPdf();
    const text = run('pdftotext', ['-layout', file, '-']);
    // Completion 37 of 38 items (97,4), the totals of two institutions (51,8 and 66,7), MON's mean (62,5).
    for (const n of ['97,4', '51,8', '66,7', '62,5']) {
      expect(text, n).toContain(n);
      expect(text, n).not.toContain(n.replace(',', '.'));
    }
    // No decimal point between digits anywhere except in item codes (KLB-1.1) and the dates' hyphens.
    expect(text.replace(/[A-Z]{3}-\d+\.\d+/g, '')).not.toMatch(/\d\.\d(?!\d{2})/);
  });

  it('dates the recap the Indonesian way, never as an ISO date', () => {
    const { file } = recapPdf();
    const text = run('pdftotext', ['-layout', file, '-']);
    expect(text).toContain('Tanggal rekap 22 November 2026');
    expect(text).not.toContain('2026-11-22');
  });

  it('right-aligns numeric columns under their header, and prints the total last, in the table foot', () => {
    const { file } = recapPdf();
    const all = words(file);
    // Rata-rata skor per aspek: the header "(0–100)" and the values of KLB (75) and MON (62,5) end at one x (within
    // a point: the bold header's glyphs end a little differently).
    const mon = all.find((w) => w.text === 'MON' && all.some((v) => v.page === w.page && Math.abs(v.yMin - w.yMin) < 1 && v.text === '62,5'))!;
    const monValue = all.find((v) => v.page === mon.page && Math.abs(v.yMin - mon.yMin) < 1 && v.text === '62,5')!;
    const klb = all.find((w) => w.page === mon.page && w.text === 'KLB' && w.yMin < mon.yMin && w.xMin === mon.xMin)!;
    const klbValue = all.find((v) => v.page === klb.page && Math.abs(v.yMin - klb.yMin) < 1 && v.text === '75')!;
    const header = all.find((w) => w.page === mon.page && w.text === '(0–100)' && w.yMin < klb.yMin)!;
    expect(Math.abs(monValue.xMax - klbValue.xMax)).toBeLessThan(0.5);
    expect(Math.abs(monValue.xMax - header.xMax)).toBeLessThan(1);
    // Left-aligned, the header would start at the column's left edge, far from the end of the numbers.
    expect(header.xMin).toBeGreaterThan(klbValue.xMin - 40);
    // Rekap per provinsi: "Jumlah" comes after both provinces.
    const title = all.find((w) => w.text === 'provinsi' && all.some((v) => v.page === w.page && v.text === 'Rekap' && Math.abs(v.yMin - w.yMin) < 1))!;
    // The first column below the title, top to bottom (a name may wrap): the header, both provinces, then the foot.
    const firstColumn = all
      .filter((w) => w.page === title.page && w.yMin > title.yMin && Math.abs(w.xMin - mon.xMin) < 1)
      .sort((a, b) => a.yMin - b.yMin)
      .map((w) => w.text);
    expect(firstColumn.slice(0, firstColumn.indexOf('Jumlah') + 1).join(' ')).toBe('Provinsi Jawa Barat Jawa Tengah Jumlah');
  });
});
