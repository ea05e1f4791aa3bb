import { createElement, useEffect, useState, type ComponentType } from 'react';
import { screens, type ScreenLoader } from './screens';

/**
 * A screen as the router renders it. Not React.lazy: that suspends, and React holds a Suspense boundary's content
 * back until 300 ms after its fallback showed, so every first visit of a screen (a cold deep link, a tap to Hasil)
 * waited that long for nothing. Here a screen whose module is in renders at once; otherwise it says "Memuat…" until
 * the module is in, and a module that fails to load is thrown to the route's error boundary, which offers the way out.
 */
export function screenPage(loader: ScreenLoader): ComponentType {
  return function Screen(props: object) {
    const [, setLoaded] = useState(false);
    const [failed, setFailed] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (loader.loaded()) return;
      let live = true;
      loader.load().then(
        () => live && setLoaded(true),
        (error: unknown) => live && setFailed({ error }),
      );
      return () => {
        live = false;
      };
    }, []);
    if (failed) throw failed.error;
    const ready = loader.loaded();
    return ready ? createElement(ready, props) : createElement('p', { role: 'status' }, 'Memuat…');
  };
}

/** Every screen of ./screens.ts as the router renders it. */
export const routes = screens.map((screen) => ({ path: screen.path, page: screenPage(screen) }));
