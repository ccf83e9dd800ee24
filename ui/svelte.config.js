// Svelte compiler options, shared by Vite, svelte-check and eslint-plugin-svelte.
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  // TypeScript in <script lang="ts"> only; no other preprocessor.
  preprocess: vitePreprocess({ script: false }),
};
