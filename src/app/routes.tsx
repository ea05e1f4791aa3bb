import { createElement, useEffect, useState, type ComponentType } from 'react';

type Load = () => Promise<{ default: ComponentType }>;

/**
 * A lazily loaded screen, with its loader kept so the entry can start it before React renders (preloadScreen).
 * Not React.lazy: that suspends, and React holds a Suspense boundary's content back until 300 ms after its fallback
 * showed, so every first visit of a screen (a cold deep link, a tap to Hasil) waited that long for nothing. Here a
 * screen whose module is in renders at once; otherwise it says "Memuat…" until the module is in, and a module that
 * fails to load is thrown to the route's error boundary, which offers the way out.
 */
export function lazyScreen(load: Load) {
  let ready: ComponentType | null = null;
  // One load in flight however often it is asked for (the entry, App, every hover); a failed one may be tried again.
  let loading: Promise<{ default: ComponentType }> | null = null;
  const loadAndKeep = () =>
    (loading ??= load().then(
      (module) => {
        ready = module.default;
        return module;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  function Screen(props: object) {
    const [, setLoaded] = useState(false);
    const [failed, setFailed] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (ready) return;
      let live = true;
      loadAndKeep().then(
        () => live && setLoaded(true),
        (error: unknown) => live && setFailed({ error }),
      );
      return () => {
        live = false;
      };
    }, []);
    if (failed) throw failed.error;
    return ready ? createElement(ready, props) : createElement('p', { role: 'status' }, 'Memuat…');
  }
  return { load: loadAndKeep, page: Screen };
}

/**
 * Every screen, loaded on demand so the first load stays small. All chunks are precached by the
 * service worker, so a lazily loaded screen opens offline too. More specific paths come first.
 */
export const routes = [
  { path: '/', ...lazyScreen(() => import('../features/home/HomePage')) },
  { path: '/lembaga/baru', ...lazyScreen(() => import('../features/profile/ProfilePage')) },
  { path: '/lembaga/:institutionId', ...lazyScreen(() => import('../features/profile/ProfilePage')) },
  { path: '/asesmen', ...lazyScreen(() => import('../features/questionnaire/AssessmentListPage')) },
  { path: '/asesmen/:assessmentId/sdm', ...lazyScreen(() => import('../features/roster/RosterPage')) },
  { path: '/asesmen/:assessmentId/bukti', ...lazyScreen(() => import('../features/evidence/EvidencePage')) },
  { path: '/asesmen/:assessmentId/selesai', ...lazyScreen(() => import('../features/questionnaire/FinalisePage')) },
  { path: '/asesmen/:assessmentId/tim', ...lazyScreen(() => import('../features/team/TeamPage')) },
  { path: '/asesmen/:assessmentId/pindah', ...lazyScreen(() => import('../features/versionMove/VersionMovePage')) },
  { path: '/asesmen/:assessmentId/butir/:itemId', ...lazyScreen(() => import('../features/questionnaire/QuestionnairePage')) },
  { path: '/asesmen/:assessmentId', ...lazyScreen(() => import('../features/questionnaire/QuestionnairePage')) },
  { path: '/hasil', ...lazyScreen(() => import('../features/results/ResultsListPage')) },
  { path: '/hasil/:assessmentId', ...lazyScreen(() => import('../features/results/ResultsPage')) },
  { path: '/laporan', ...lazyScreen(() => import('../features/report/ReportListPage')) },
  { path: '/laporan/:assessmentId', ...lazyScreen(() => import('../features/report/ReportPage')) },
  { path: '/berkas', ...lazyScreen(() => import('../features/bundle/BundlePage')) },
  { path: '/asesor', ...lazyScreen(() => import('../features/assessor/AssessorHomePage')) },
  { path: '/asesor/:assessmentId', ...lazyScreen(() => import('../features/assessor/AssessorReviewPage')) },
  { path: '/rekap', ...lazyScreen(() => import('../features/recap/RecapPage')) },
  { path: '/katalog', ...lazyScreen(() => import('../features/catalogue/CataloguePage')) },
  { path: '/pengaturan', ...lazyScreen(() => import('../features/settings/SettingsPage')) },
] as const;

/** Whether `path` (a pathname) matches a route pattern such as '/asesmen/:assessmentId/butir/:itemId'. */
function matches(pattern: string, path: string): boolean {
  if (pattern === '/') return path === '/' || path === '';
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  return want.length === got.length && want.every((part, i) => part.startsWith(':') ? got[i] !== '' : part === got[i]);
}

/** The route a pathname opens, as the router's Switch picks it (the first that matches). */
export function routeFor(path: string): (typeof routes)[number] | undefined {
  return routes.find((r) => matches(r.path, path));
}

/**
 * Starts loading the screen of `path` now: called by the entry before the first render, so the screen's chunk
 * downloads while React and the shell start instead of after them, and awaited by App with the database, so the
 * first screen renders at once (see lazyScreen).
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
 * without showing "Memuat…" (see lazyScreen). Links to other origins and downloads are left alone. Returns the
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
