// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { crashMirror } from '../../../src/data/crashMirror';
import { db } from '../../../src/data/db';

interface Entry {
  text?: string;
  n: number;
  gone?: true;
}
const shape = { localPrefix: 'test.mirror.', dbPrefix: 'testMirror:', isTombstone: (e: Entry) => e.gone === true };
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(async () => {
  await db.meta.clear();
  localStorage.clear();
});

describe('the crash mirror (typed text and form drafts alike)', () => {
  it('keeps an entry in localStorage and the database, counting its writes', async () => {
    const m = crashMirror<Entry>(shape);
    m.write('a', { text: 'satu', n: m.nextN('a') });
    m.write('a', { text: 'dua', n: m.nextN('a') });
    await settle();
    expect(JSON.parse(localStorage.getItem('test.mirror.a')!)).toEqual({ text: 'dua', n: 2 });
    expect((await db.meta.get('testMirror:a'))?.value).toEqual({ text: 'dua', n: 2 });
  });

  it('after a restart, the copy with the higher counter wins, whichever store holds it', async () => {
    const m = crashMirror<Entry>(shape);
    m.write('local-newer', { text: 'lama', n: 1 });
    m.write('db-newer', { text: 'lama', n: 1 });
    await settle();
    localStorage.setItem('test.mirror.local-newer', JSON.stringify({ text: 'baru', n: 2 }));
    await db.meta.put({ key: 'testMirror:db-newer', value: { text: 'baru', n: 5 } });
    const left = await crashMirror<Entry>(shape).leftovers();
    expect(left.get('local-newer')).toEqual({ text: 'baru', n: 2 });
    expect(left.get('db-newer')).toEqual({ text: 'baru', n: 5 });
  });

  it('a tombstone leaves localStorage at once and outranks a stale copy that survived there', async () => {
    const m = crashMirror<Entry>(shape);
    m.write('a', { text: 'diketik', n: m.nextN('a') });
    const stale = localStorage.getItem('test.mirror.a')!;
    m.write('a', { n: m.nextN('a'), gone: true });
    expect(localStorage.getItem('test.mirror.a')).toBeNull();
    await settle();
    localStorage.setItem('test.mirror.a', stale);
    expect((await crashMirror<Entry>(shape).leftovers()).get('a')).toEqual({ n: 2, gone: true });
  });

  it('names an unreadable localStorage copy so that its owner can drop it, and drop removes both copies', async () => {
    const m = crashMirror<Entry>(shape);
    localStorage.setItem('test.mirror.junk', '{not json');
    expect((await m.leftovers()).get('junk')).toEqual({ n: 0 });
    m.write('b', { text: 'x', n: 1 });
    await settle();
    await m.drop('b');
    expect(localStorage.getItem('test.mirror.b')).toBeNull();
    expect(await db.meta.get('testMirror:b')).toBeUndefined();
    expect(m.read('b')).toBeNull();
  });
});
