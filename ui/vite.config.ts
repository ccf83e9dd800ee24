// Vite builds ui/dist, which the Tauri shell embeds (tauri.conf.json frontendDist); Vitest shares this config.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  // Keep the shell's log visible when both run in one terminal.
  clearScreen: false,
  server: { port: 1420, strictPort: true },
  build: {
    // The oldest engine we ship on is WebKitGTK / WKWebView (Safari 15 level).
    target: ['es2021', 'safari15'],
    outDir: 'dist',
    emptyOutDir: true,
    // Loaded from disk by the webview, not over a network: one ~600 kB chunk (CodeMirror) costs nothing.
    chunkSizeWarningLimit: 1024,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
  },
});
