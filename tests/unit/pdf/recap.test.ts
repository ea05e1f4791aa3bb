import { describe, expect, it } from 'vitest';
import { aggregateRecap, rowsOfSource, selectRows } from '../../../src/domain/recap';
import { buildRecapPdf } from '../../../src/pdf/recap';
import { describe as describeItem, fixtureSources, resolve } from '../domain/recap/fixtures';

describe('recap PDF', () => {
  it('renders every table of the recap on landscape pages with page numbers', () => {
    const rows = fixtureSources().flatMap((s) => rowsOfSource(s, { recapDate: '2026-11-22', resolve }));
    const result = aggregateRecap(selectRows(rows).selected, {}, '2026-11-22', { describeItem });
    const doc = buildRecapPdf(result);
    const bytes = new Uint8Array(doc.output('arraybuffer'));
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(doc.internal.pageSize.getWidth()).toBeGreaterThan(doc.internal.pageSize.getHeight());
    expect(doc.getNumberOfPages()).toBeGreaterThanOrEqual(2);
  });
});
