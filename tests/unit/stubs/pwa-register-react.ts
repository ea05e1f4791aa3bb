// Vitest has no vite-plugin-pwa virtual modules; tests that need the hook mock this module with vi.mock.
export function useRegisterSW() {
  return { needRefresh: [false, () => {}], offlineReady: [false, () => {}], updateServiceWorker: async () => {} };
}
