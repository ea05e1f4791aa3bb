/**
 * Every screen's path and its module, loaded on demand so the first load stays small. No React here at run time:
 * the entry imports this module before anything else, so a deep link's screen starts downloading while React, the
 * shell and the database are still on their way (see src/main.tsx). All chunks are precached by the service
 * worker, so a lazily loaded screen opens offline too.
 */
import type { ComponentType } from 'react';

export type ScreenModule = { default: ComponentType };

export interface ScreenLoader {
  /** Loads the screen's module; one load in flight however often it is asked for, a failed one may be tried again. */
  load: () => Promise<ScreenModule>;
  /** The screen, once its module is in (else null). */
  loaded: () => ComponentType | null;
}

export function screenLoader(load: () => Promise<ScreenModule>): ScreenLoader {
  let ready: ComponentType | null = null;
  let loading: Promise<ScreenModule> | null = null;
  return {
    load: () =>
      (loading ??= load().then(
        (module) => {
          ready = module.default;
          return module;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    loaded: () => ready,
  };
}

/** More specific paths come first. */
export const screens = [
  { path: '/', ...screenLoader(() => import('../features/home/HomePage')) },
  { path: '/lembaga/baru', ...screenLoader(() => import('../features/profile/ProfilePage')) },
  { path: '/lembaga/:institutionId', ...screenLoader(() => import('../features/profile/ProfilePage')) },
  { path: '/asesmen', ...screenLoader(() => import('../features/questionnaire/AssessmentListPage')) },
  { path: '/asesmen/:assessmentId/sdm', ...screenLoader(() => import('../features/roster/RosterPage')) },
  { path: '/asesmen/:assessmentId/bukti', ...screenLoader(() => import('../features/evidence/EvidencePage')) },
  { path: '/asesmen/:assessmentId/selesai', ...screenLoader(() => import('../features/questionnaire/FinalisePage')) },
  { path: '/asesmen/:assessmentId/tim', ...screenLoader(() => import('../features/team/TeamPage')) },
  { path: '/asesmen/:assessmentId/pindah', ...screenLoader(() => import('../features/versionMove/VersionMovePage')) },
  { path: '/asesmen/:assessmentId/butir/:itemId', ...screenLoader(() => import('../features/questionnaire/QuestionnairePage')) },
  { path: '/asesmen/:assessmentId', ...screenLoader(() => import('../features/questionnaire/QuestionnairePage')) },
  { path: '/hasil', ...screenLoader(() => import('../features/results/ResultsListPage')) },
  { path: '/hasil/:assessmentId', ...screenLoader(() => import('../features/results/ResultsPage')) },
  { path: '/laporan', ...screenLoader(() => import('../features/report/ReportListPage')) },
  { path: '/laporan/:assessmentId', ...screenLoader(() => import('../features/report/ReportPage')) },
  { path: '/berkas', ...screenLoader(() => import('../features/bundle/BundlePage')) },
  { path: '/asesor', ...screenLoader(() => import('../features/assessor/AssessorHomePage')) },
  { path: '/asesor/:assessmentId', ...screenLoader(() => import('../features/assessor/AssessorReviewPage')) },
  { path: '/rekap', ...screenLoader(() => import('../features/recap/RecapPage')) },
  { path: '/katalog', ...screenLoader(() => import('../features/catalogue/CataloguePage')) },
  { path: '/pengaturan', ...screenLoader(() => import('../features/settings/SettingsPage')) },
] as const;

/** Whether `path` (a pathname) matches a route pattern such as '/asesmen/:assessmentId/butir/:itemId'. */
function matches(pattern: string, path: string): boolean {
  if (pattern === '/') return path === '/' || path === '';
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  return want.length === got.length && want.every((part, i) => part.startsWith(':') ? got[i] !== '' : part === got[i]);
}

/** The screen a pathname opens, as the router's Switch picks it (the first that matches). */
export function routeFor(path: string): (typeof screens)[number] | undefined {
  return screens.find((r) => matches(r.path, path));
}

/**
 * Starts loading the screen of `path` now: called by the entry before the first render, so the screen's chunk
 * downloads while React and the shell start instead of after them, and awaited by App with the database, so the
 * first screen renders at once (see screenPage in ./routes.tsx).
 */
export function preloadScreen(path: string): Promise<void> {
  const route = routeFor(path);
  // A failed chunk is not this function's to report: the route's own render fails the same way, inside its error
  // boundary, which offers the way out.
  return route ? route.load().then(() => undefined, () => undefined) : Promise.resolve();
}

/**
 * Starts loading the screen a link leads to as soon as the finger touches it (or the pointer rests on it, or the
 * keyboard focuses it): the tap's click follows about 100 ms later, and a screen whose module is in by then opens
 * without showing "Memuat…" (see screenPage in ./routes.tsx). Links to other origins and downloads are left alone. Returns the
 * function that stops listening.
 */
export function preloadScreensOnIntent(root: Document = document): () => void {
  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin || link.hasAttribute('download')) return;
    void preloadScreen(link.pathname);
  };
  const kinds = ['pointerdown', 'mouseover', 'focusin'] as const;
  for (const kind of kinds) root.addEventListener(kind, onIntent, { capture: true, passive: true });
  return () => {
    for (const kind of kinds) root.removeEventListener(kind, onIntent, { capture: true });
  };
}
