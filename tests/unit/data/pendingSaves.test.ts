// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { flushOnPageHide, flushPendingSaves, registerFlusher } from '../../../src/data/pendingSaves';

describe('pending saves', () => {
  it('are written when the page is hidden or left, the last moments a phone gives a page', async () => {
    flushOnPageHide();
    const flush = vi.fn();
    const unregister = registerFlusher(flush);

    window.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(1);

    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(2);

    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(2);

    unregister();
    window.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);
  });

  it('one failing flusher does not stop the others', async () => {
    const good = vi.fn();
    const offA = registerFlusher(() => Promise.reject(new Error('disk full')));
    const offB = registerFlusher(good);
    await expect(flushPendingSaves()).resolves.toBeUndefined();
    expect(good).toHaveBeenCalled();
    offA();
    offB();
  });
});
