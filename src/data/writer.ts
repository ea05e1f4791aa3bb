import { registerFlusher } from './pendingSaves';
import { dropPendingText, forgetPendingText, rememberPendingText } from './pendingText';
import { writeText, type TextPlace } from './textFields';

/** How long typing pauses before its text is written (the budget is ≤ 300 ms). */
export const TYPING_PAUSE_MS = 250;

export type WriterState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** Typed text is held back on purpose (a same-field conflict waits for the user's choice). */
  | { kind: 'held' }
  /** The last write failed; `error` as thrown, for the screen to put in words (src/ui/SaveStatus.tsx). */
  | { kind: 'failed'; error: unknown };

interface Waiting {
  place: TextPlace;
  value: string;
  timer: ReturnType<typeof setTimeout> | null;
}

const keyOf = (p: TextPlace) => `${p.itemId}|${p.field}`;

/**
 * The one way an assessment's edits reach IndexedDB while the user works: taps (`run`, written at once) and typed
 * text (`type`: mirrored at every keystroke, written after a pause of typing, flushed when the page is hidden, an
 * update is applied, a report is made or the field is left). Its state is what the save line shows: "Menyimpan…"
 * while anything waits or is in flight, "Tersimpan" once all of it has committed, a failure until the next
 * successful write.
 *
 * Typed text is mirrored outside the write (src/data/pendingText.ts) until its write commits, so a tab closed inside
 * the pause loses nothing: the next start writes it (recoverPendingTexts). A failed write keeps its mirror for the
 * same reason.
 */
export class AssessmentWriter {
  private readonly waiting = new Map<string, Waiting>();
  private readonly held = new Set<string>();
  /** Fields whose last write failed (their text stays mirrored). */
  private readonly failedKeys = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private inFlight = 0;
  private failure: { error: unknown } | null = null;
  private state: WriterState = { kind: 'idle' };
  readonly unregister: () => void;

  constructor(readonly assessmentId: string) {
    this.unregister = registerFlusher(() => this.flush());
  }

  /** A write that starts now (a tap); resolves true once committed, false when it failed (shown in the state). */
  async run(write: () => Promise<unknown>): Promise<boolean> {
    // The write starts before the state changes re-render anything: its transaction opens at once.
    let done: Promise<unknown>;
    try {
      done = write();
    } catch (error) {
      done = Promise.reject(error);
    }
    this.inFlight += 1;
    this.settle();
    try {
      await done;
      this.failure = null;
      return true;
    } catch (error) {
      this.failure = { error };
      return false;
    } finally {
      this.inFlight -= 1;
      this.settle();
    }
  }

  /**
   * Typed text: mirrored now, written after TYPING_PAUSE_MS without typing. `before` is the field's text before this
   * keystroke: the base the mirror compares with at start-up.
   */
  type(place: TextPlace, value: string, before?: string): void {
    this.check(place);
    rememberPendingText(place, value, before);
    const k = keyOf(place);
    const had = this.waiting.get(k);
    if (had?.timer) clearTimeout(had.timer);
    const entry: Waiting = { place, value, timer: null };
    if (!this.held.has(k)) entry.timer = setTimeout(() => void this.flush(place), TYPING_PAUSE_MS);
    this.waiting.set(k, entry);
    this.settle();
  }

  /** Writes the waiting text of `place` (or of every field) now. A held field stays waiting. */
  async flush(place?: TextPlace): Promise<void> {
    const entries = place ? [this.waiting.get(keyOf(place))].filter((e): e is Waiting => e !== undefined) : [...this.waiting.values()];
    await Promise.all(
      entries
        .filter((e) => !this.held.has(keyOf(e.place)))
        .map(async (e) => {
          if (e.timer) clearTimeout(e.timer);
          this.waiting.delete(keyOf(e.place));
          // Counted in flight before the state settles, so the save line never flickers to "Tersimpan" in between.
          const ok = await this.run(() => writeText(e.place, e.value));
          if (ok) {
            this.failedKeys.delete(keyOf(e.place));
            forgetPendingText(e.place, e.value);
          } else this.failedKeys.add(keyOf(e.place));
        }),
    );
    this.settle();
  }

  /** Throws the waiting text of `place` away, mirror included (an N/A reason when a level is chosen instead). */
  discard(place: TextPlace): void {
    const k = keyOf(place);
    const had = this.waiting.get(k);
    if (!had) return;
    if (had.timer) clearTimeout(had.timer);
    this.waiting.delete(k);
    dropPendingText(place);
    this.settle();
  }

  /** While held, the field's typed text is mirrored but not written (the user has not chosen yet); releasing writes it. */
  hold(place: TextPlace, held: boolean): void {
    const k = keyOf(place);
    if (held === this.held.has(k)) return;
    if (held) {
      this.held.add(k);
      const w = this.waiting.get(k);
      if (w?.timer) clearTimeout(w.timer);
      if (w) w.timer = null;
    } else {
      this.held.delete(k);
      if (this.waiting.has(k)) void this.flush(place);
    }
    this.settle();
  }

  /**
   * A new screen (the next item) starts its save line afresh: an earlier failure is no longer shown, and with nothing
   * waiting or in flight the line says nothing was changed yet.
   */
  startScreen(): void {
    this.failure = null;
    if (this.inFlight === 0 && this.waiting.size === 0 && this.held.size === 0) {
      if (this.state.kind === 'idle') return;
      this.state = { kind: 'idle' };
      for (const l of this.listeners) l();
    } else this.settle();
  }

  /** Whether the last write of `place`'s typed text failed. */
  hasFailed(place: TextPlace): boolean {
    return this.failedKeys.has(keyOf(place));
  }

  /** Whether `place` has typed text not written yet. */
  isWaiting(place: TextPlace): boolean {
    return this.waiting.has(keyOf(place));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): WriterState => this.state;

  private check(place: TextPlace): void {
    if (place.assessmentId !== this.assessmentId) throw new Error(`writer of ${this.assessmentId} given a field of ${place.assessmentId}`);
  }

  private settle(): void {
    const unheldWaiting = [...this.waiting.keys()].some((k) => !this.held.has(k));
    const next: WriterState =
      this.inFlight > 0 || unheldWaiting
        ? { kind: 'saving' }
        : this.failure
          ? { kind: 'failed', error: this.failure.error }
          : this.held.size > 0
            ? { kind: 'held' }
            : { kind: 'saved' };
    // The state object is kept while its meaning is unchanged (a screen re-renders only on a new one); listeners are
    // told anyway, since per-field answers (isWaiting, hasFailed) may have changed.
    if (next.kind !== this.state.kind || (next.kind === 'failed' && this.state.kind === 'failed' && this.state.error !== next.error)) this.state = next;
    for (const l of this.listeners) l();
  }
}

const writers = new Map<string, AssessmentWriter>();

/** The writer of one assessment: one per assessment for the life of the page, shared by every screen. */
export function writerFor(assessmentId: string): AssessmentWriter {
  let w = writers.get(assessmentId);
  if (!w) {
    w = new AssessmentWriter(assessmentId);
    writers.set(assessmentId, w);
  }
  return w;
}
