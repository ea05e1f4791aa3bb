import { useEffect, useState } from 'react';

/** Chromium's install prompt event (not in the DOM typings). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let captured: BeforeInstallPromptEvent | null = null;
const listeners = new Set<() => void>();
if (typeof window !== 'undefined') {
  // The browser offers the install once per page: keep it for the moment the user asks.
  window.addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault();
    captured = e as BeforeInstallPromptEvent;
    for (const l of listeners) l();
  });
  window.addEventListener('appinstalled', () => {
    captured = null;
    for (const l of listeners) l();
  });
}

/** Whether the browser offers to install the app now, and the action that asks it to. */
export function useInstallOffer(): { canPrompt: boolean; install: () => Promise<boolean> } {
  const [, rerender] = useState(0);
  useEffect(() => {
    const l = () => rerender((n) => n + 1);
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return {
    canPrompt: captured !== null,
    install: async () => {
      if (!captured) return false;
      const e = captured;
      captured = null;
      await e.prompt();
      return (await e.userChoice).outcome === 'accepted';
    },
  };
}

/** Whether the app already runs installed (standalone), when no install offer makes sense. */
export const runsInstalled = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(display-mode: standalone)').matches;
