import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** The layer rules in eslint.config.js really bite: each forbidden import, linted as if it sat in that folder, fails. */
const eslint = new ESLint({ cwd: process.cwd() });
async function errorsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint zones', () => {
  it('keep React, Dexie, storage and screens out of src/domain', async () => {
    for (const spec of ['dexie', 'react', '../../data/db', '../../features/home/HomePage', '../../ui/format']) {
      const errors = await errorsOf('src/domain/scoring/x.ts', `import * as m from '${spec}';\nexport const x = m;\n`);
      expect(errors.join('\n'), spec).toMatch(/no-restricted-imports/);
    }
    expect(await errorsOf('src/domain/scoring/x.ts', `import { formatNumberId } from '../indicators/format';\nexport const x = formatNumberId;\n`)).toEqual([]);
  });

  it('keep jsPDF in src/pdf, screens out of src/data and src/ui, and features apart', async () => {
    expect((await errorsOf('src/features/report/x.ts', `import { jsPDF } from 'jspdf';\nexport const x = jsPDF;\n`)).join()).toMatch(/only in src\/pdf/);
    expect(await errorsOf('src/pdf/x.ts', `import { jsPDF } from 'jspdf';\nexport const x = jsPDF;\n`)).toEqual([]);
    expect((await errorsOf('src/data/x.ts', `import { AppShell } from '../ui/AppShell';\nexport const x = AppShell;\n`)).join()).toMatch(/src\/data does not import/);
    expect((await errorsOf('src/ui/x.ts', `import H from '../features/home/HomePage';\nexport const x = H;\n`)).join()).toMatch(/src\/ui is shared/);
    expect((await errorsOf('src/features/results/x.ts', `import { ItemAnswer } from '../questionnaire/ItemAnswer';\nexport const x = ItemAnswer;\n`)).join()).toMatch(/does not import another feature/);
    expect(await errorsOf('src/features/results/x.ts', `import { formatScore } from '../../ui/format';\nimport { GapList } from './GapList';\nexport const x = [formatScore, GapList];\n`)).toEqual([]);
  });
});
