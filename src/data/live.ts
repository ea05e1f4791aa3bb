import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessmentSnapshot } from '../domain/bundle';
import { loadSnapshot } from './snapshot';

/**
 * A live read: `read` runs again whenever a row it read changes, in this tab or another. The only way a screen
 * subscribes to IndexedDB (dexie-react-hooks is imported nowhere else); `read` calls this room's repositories.
 * undefined while the first read runs.
 */
export function useLiveRead<T>(read: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  return useLiveQuery(read, [...deps]);
}

/** One assessment as every screen composes it (`openAssessment` takes it): normalised rows, live; null when absent. */
export function useLiveSnapshot(assessmentId: string): AssessmentSnapshot | null | undefined {
  return useLiveRead(() => loadSnapshot(assessmentId), [assessmentId]);
}
