import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { READ_AHEAD_BYTES, processFiles } from '../../../../src/features/recap/process';
import { generateBundles } from '../../../../scripts/generate-bundles';

interface Watch {
  /** names of the files whose read has started, in order */
  started: string[];
  /** the first file's read waits for this */
  gate: Promise<void>;
}

/** A chosen file whose read is observed; `fail` makes it fail as when the file was deleted after it was chosen. */
function watchedFile(name: string, content: BlobPart, watch: Watch, options: { type?: string; fail?: boolean; first?: boolean } = {}): File {
  const file = new File([content], name, { type: options.type ?? 'application/json' });
  const read = file.arrayBuffer.bind(file);
  Object.defineProperty(file, 'arrayBuffer', {
    value: async () => {
      watch.started.push(name);
      if (options.first) await watch.gate;
      if (options.fail) throw new DOMException('The file could not be read', 'NotReadableError');
      return read();
    },
  });
  return file;
}

function newWatch(): Watch & { open: () => void } {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return { started: [], gate, open };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('processFiles: reading ahead while a file is checked', () => {
  it('reads the next small files while the first is still arriving; keeps the order; an unreadable file gets a reason', async () => {
    const gen = await generateBundles(3, { seed: 4, duplicateShare: 0 });
    const watch = newWatch();
    const files = [
      watchedFile(gen[0]!.fileName, gen[0]!.text, watch, { first: true }),
      watchedFile('hilang.json', gen[1]!.text, watch, { fail: true }),
      watchedFile('foto.jpg', 'xx', watch, { type: 'image/jpeg' }),
      watchedFile(gen[2]!.fileName, gen[2]!.text, watch),
    ];
    const done = processFiles(files, '2026-11-22');
    await settle();
    // A file refused by its name is never read.
    expect(watch.started).toEqual([gen[0]!.fileName, 'hilang.json', gen[2]!.fileName]);
    watch.open();
    const results = await done;
    expect(results.map((r) => [r.fileName, r.ok])).toEqual([
      [gen[0]!.fileName, true],
      ['hilang.json', false],
      ['foto.jpg', false],
      [gen[2]!.fileName, true],
    ]);
    expect(results[1]).toMatchObject({ reason: 'Berkas tidak dapat dibaca (The file could not be read).' });
    expect(results[2]).toMatchObject({ reason: expect.stringMatching(/tidak didukung/) });
  });

  it('does not read a large file ahead when it would not fit in the bound with the one being read', async () => {
    const watch = newWatch();
    const big = new Uint8Array(Math.ceil(READ_AHEAD_BYTES * 0.6));
    const files = [
      watchedFile('a.json', big, watch, { first: true }),
      watchedFile('b.json', big, watch),
      watchedFile('c.json', new Uint8Array(Math.ceil(READ_AHEAD_BYTES * 0.3)), watch),
    ];
    const done = processFiles(files, '2026-11-22');
    await settle();
    expect(watch.started).toEqual(['a.json']);
    watch.open();
    const results = await done;
    expect(watch.started).toEqual(['a.json', 'b.json', 'c.json']);
    // Not bundles: each is refused with the reason, none is lost from the list.
    expect(results.map((r) => [r.fileName, r.ok])).toEqual([
      ['a.json', false],
      ['b.json', false],
      ['c.json', false],
    ]);
  });
});
