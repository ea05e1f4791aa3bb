import { useEffect } from 'react';

/**
 * Forms that hold typed input not yet written anywhere (a half-filled evidence form) say so here, so that an app
 * update activated from another tab never reloads this one under the user (src/app/UpdatePrompt.tsx). Typed notes
 * are not listed: they are mirrored and flushed (src/data/pendingText.ts, pendingSaves.ts) and survive a reload.
 */
const holders = new Set<symbol>();

export function hasUnsavedInput(): boolean {
  return holders.size > 0;
}

/** While `active`, this component holds unsaved input. */
export function useHoldUnsavedInput(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const token = Symbol('unsaved');
    holders.add(token);
    return () => {
      holders.delete(token);
    };
  }, [active]);
}
