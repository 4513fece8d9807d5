import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Tauri serves ui/dist (frontendDist = ../ui/dist). The app must run under a strict CSP:
// no inline scripts or styles, no eval, no external URLs.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  base: './',
  server: {
    port: 1420,
    strictPort: true,
    host: '127.0.0.1',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Keep every asset a file: inlined data: URLs would need extra CSP sources.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
