import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// moment (which vis-timeline uses) assigns toString/valueOf on plain objects: in a strict-mode
// bundle that throws once Object.prototype is frozen (Tauri's freezePrototype), so the
// assignments become own-property definitions, which behave the same.
function momentOnFrozenPrototype(): Plugin {
  return {
    name: 'briefdesk:moment-frozen-prototype',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]moment[\\/]/.test(id)) return null;
      const out = code.replace(
        /([\w$]+)\.(toString|valueOf)\s*=\s*([\w$.]+);/g,
        (_m, obj: string, key: string, val: string) =>
          `Object.defineProperty(${obj}, '${key}', { value: ${val}, writable: true, enumerable: true, configurable: true });`,
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}

// Tauri serves ui/dist (frontendDist = ../ui/dist). The app must run under a strict CSP:
// no inline scripts or styles, no eval, no external URLs.
export default defineConfig({
  plugins: [svelte(), momentOnFrozenPrototype()],
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
