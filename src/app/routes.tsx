import { lazy } from 'react';

/**
 * Every screen, loaded on demand so the first load stays small. All chunks are precached by the
 * service worker, so a lazily loaded screen opens offline too.
 */
export const routes = [
  { path: '/', page: lazy(() => import('../features/home/HomePage')) },
  { path: '/pengaturan', page: lazy(() => import('../features/settings/SettingsPage')) },
] as const;
