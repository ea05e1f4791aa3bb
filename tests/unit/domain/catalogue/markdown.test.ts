import { expect, it } from 'vitest';
import { catalogueMarkdown } from '../../../../src/domain/catalogue/markdown';
import { loadStandards } from '../../../../src/domain/standard/registry';
import { allItems } from '../../../../src/domain/standard/validate';

it('the catalogue document shows every item with its five level descriptors, guidance and recommendation', () => {
  for (const standard of loadStandards()) {
    const md = catalogueMarkdown(standard);
    for (const item of allItems(standard)) {
      expect(md).toContain(`#### ${item.id}. ${item.statement}`);
      expect(md).toContain(item.guidance);
      expect(md).toContain(item.recommendation);
      item.levels.forEach((d, level) => expect(md).toContain(`| ${level} | ${d.replace(/\|/g, '\\|')} |`));
    }
    if (standard.kind === 'umum') expect(md).toContain('Perkiraan peringkat A (Sangat Baik): skor total ≥ 91; berlaku 5 tahun.');
  }
});
