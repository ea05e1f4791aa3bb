/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />
declare const __APP_VERSION__: string;
declare const __APP_BUILD__: string;

/** The build's loaders for every standard file's parts (vite.config.ts, precompiled-standards); empty outside a build. */
declare module 'virtual:standard-parts' {
  const parts: Record<string, import('./domain/standard/lazy').StandardParts>;
  export default parts;
}
