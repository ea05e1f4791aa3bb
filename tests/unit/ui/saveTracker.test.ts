import { describe, expect, it } from 'vitest';
import { createSaveTracker } from '../../../src/ui/SaveStatus';

describe('the save line', () => {
  it('says "Tersimpan" only when nothing is waiting, failing or held back', async () => {
    const t = createSaveTracker();
    expect(t.getState().kind).toBe('idle');
    t.markWaiting('note', true);
    expect(t.getState().kind).toBe('saving');
    await t.track(() => Promise.resolve());
    expect(t.getState().kind).toBe('saving'); // the typed note still waits
    t.markWaiting('note', false);
    expect(t.getState().kind).toBe('saved');
    // A same-field conflict holds the typed note back: never "Tersimpan" while the user has not chosen.
    t.markHeld('note', true);
    expect(t.getState().kind).toBe('held');
    await t.track(() => Promise.resolve());
    expect(t.getState().kind).toBe('held');
    t.markHeld('note', false);
    expect(t.getState().kind).toBe('saved');
    expect(await t.track(() => Promise.reject(new Error('disk')))).toBe(false);
    expect(t.getState()).toMatchObject({ kind: 'error' });
  });
});
