// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from 'react-error-boundary';
import { Suspense } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { screenPage } from '../../../src/app/routes';
import { routeFor, screenLoader, type ScreenModule } from '../../../src/app/screens';

/** A screen as routes.tsx makes one: its loader, and the page the router renders. */
function lazyScreen(load: () => Promise<ScreenModule>) {
  const loader = screenLoader(load);
  return { load: loader.load, page: screenPage(loader) };
}

afterEach(cleanup);

describe('routes', () => {
  it('finds the route a deep link opens, the way the router picks it', () => {
    expect(routeFor('/')?.path).toBe('/');
    expect(routeFor('/asesmen/a-1/butir/KLB-1.1')?.path).toBe('/asesmen/:assessmentId/butir/:itemId');
    expect(routeFor('/asesmen/a-1')?.path).toBe('/asesmen/:assessmentId');
    expect(routeFor('/asesmen/a-1/')?.path).toBe('/asesmen/:assessmentId');
    expect(routeFor('/asesmen/a-1/sdm')?.path).toBe('/asesmen/:assessmentId/sdm');
    expect(routeFor('/lembaga/baru')?.path).toBe('/lembaga/baru');
    expect(routeFor('/hasil')?.path).toBe('/hasil');
    expect(routeFor('/tidak-ada')).toBeUndefined();
    expect(routeFor('/asesmen/a-1/butir')).toBeUndefined();
  });

  it('a screen whose module was loaded first renders at once, in the first commit', async () => {
    const page = lazyScreen(async () => ({ default: () => <p>Isi layar</p> }));
    await page.load();
    render(
      <Suspense fallback={<p>Memuat…</p>}>
        <page.page />
      </Suspense>,
    );
    // Synchronously, in the first commit: no fallback (React.lazy would suspend and hold the content back 300 ms).
    expect(screen.getByText('Isi layar')).toBeTruthy();
    expect(screen.queryByText('Memuat…')).toBeNull();
  });

  it('a screen not loaded yet says "Memuat…", then shows the screen (no Suspense involved)', async () => {
    let resolve!: () => void;
    const gate = new Promise<void>((r) => (resolve = r));
    const page = lazyScreen(async () => {
      await gate;
      return { default: () => <p>Isi layar</p> };
    });
    render(<page.page />);
    expect(screen.getByRole('status').textContent).toBe('Memuat…');
    await act(async () => resolve());
    expect(screen.getByText('Isi layar')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('loads a screen once however often it is asked for; a failed load is tried again the next time', async () => {
    let calls = 0;
    const page = lazyScreen(async () => {
      calls++;
      if (calls === 1) throw new Error('Failed to fetch dynamically imported module');
      return { default: () => null };
    });
    await expect(Promise.all([page.load(), page.load()])).rejects.toThrow(/dynamically imported/);
    expect(calls).toBe(1);
    await Promise.all([page.load(), page.load(), page.load()]);
    expect(calls).toBe(2);
  });

  it('a screen whose module fails to load reaches the error boundary', async () => {
    const page = lazyScreen(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await act(async () => {
        render(
          <ErrorBoundary fallbackRender={({ error }) => <p role="alert">{(error as Error).message}</p>}>
            <page.page />
          </ErrorBoundary>,
        );
      });
      expect(screen.getByRole('alert').textContent).toMatch(/dynamically imported module/);
    } finally {
      quiet.mockRestore();
    }
  });
});

describe('preloadScreensOnIntent', () => {
  it("touching a link to one of the app's screens starts loading that screen; other links are left alone", async () => {
    const { screens, preloadScreensOnIntent } = await import('../../../src/app/screens');
    const route = screens.find((r) => r.path === '/katalog')!;
    const original = route.load;
    const loads: string[] = [];
    (route as { load: () => Promise<unknown> }).load = () => {
      loads.push('katalog');
      return Promise.resolve({ default: () => null });
    };
    document.body.innerHTML = '<a href="/katalog"><span>Katalog</span></a><a href="https://contoh.id/katalog">luar</a><a href="/katalog" download>unduh</a>';
    const stop = preloadScreensOnIntent();
    try {
      const [inApp, foreign, download] = [...document.querySelectorAll('a')];
      foreign!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      download!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      expect(loads).toEqual([]);
      inApp!.querySelector('span')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      inApp!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      expect(loads).toEqual(['katalog', 'katalog']);
      stop();
      inApp!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      expect(loads).toHaveLength(2);
    } finally {
      stop();
      (route as { load: () => Promise<unknown> }).load = original;
      document.body.innerHTML = '';
    }
  });
});
