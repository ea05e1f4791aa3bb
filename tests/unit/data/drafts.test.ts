// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, loadDraft, recoverDrafts, saveDraft } from '../../../src/data/drafts';
import { db } from '../../../src/data/db';

const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(async () => {
  await db.meta.clear();
  localStorage.clear();
});

describe('form drafts', () => {
  it('come back from the database copy when the browser was killed before localStorage reached the disk', async () => {
    saveDraft('evidence:a1:baru', { title: 'Akta pendirian' });
    await settle();
    localStorage.clear(); // what a killed Chromium leaves of lazily written localStorage
    // The next start: a fresh page, nothing in memory.
    vi.resetModules();
    const next = await import('../../../src/data/drafts');
    expect(next.loadDraft('evidence:a1:baru')).toBeNull();
    await next.recoverDrafts();
    expect(next.loadDraft<{ title: string }>('evidence:a1:baru')?.values).toEqual({ title: 'Akta pendirian' });
  });

  it('a draft thrown away stays away, even when a stale localStorage copy survived', async () => {
    saveDraft('staff-add:a1', { name: 'Rina' });
    const stale = localStorage.getItem('swanilai.draft.staff-add:a1')!;
    clearDraft('staff-add:a1');
    await settle();
    localStorage.setItem('swanilai.draft.staff-add:a1', stale); // its removal never reached the disk
    await recoverDrafts();
    expect(loadDraft('staff-add:a1')).toBeNull();
    expect(await db.meta.where('key').startsWith('draft:').count()).toBe(0);
  });

  it('the newer localStorage copy wins over an older database copy', async () => {
    saveDraft('profile', { name: 'lama' });
    await settle();
    const older = await db.meta.get('draft:profile');
    saveDraft('profile', { name: 'baru' });
    await settle();
    await db.meta.put(older!); // the database holds the older copy
    await recoverDrafts();
    expect(loadDraft<{ name: string }>('profile')?.values).toEqual({ name: 'baru' });
  });
});
