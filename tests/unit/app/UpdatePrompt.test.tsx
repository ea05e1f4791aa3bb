// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { registerFlusher } from '../../../src/data/pendingSaves';

const calls: string[] = [];
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [true, () => {}],
    offlineReady: [false, () => {}],
    updateServiceWorker: async () => {
      calls.push('update');
    },
  }),
}));

describe('UpdatePrompt', () => {
  it('writes every pending save before handing over to the new version', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: new EventTarget(), configurable: true });
    const { UpdatePrompt } = await import('../../../src/app/UpdatePrompt');
    registerFlusher(async () => {
      await new Promise((r) => setTimeout(r, 30));
      calls.push('flush');
    });
    render(<UpdatePrompt />);
    expect(screen.getByRole('alert').textContent).toContain('Versi baru tersedia');
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(calls).toEqual(['flush', 'update']));
  });
});
