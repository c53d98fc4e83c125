import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every page is prerendered to its own index.html; 404.html lets static hosts that
    // support it (GitHub Pages, Netlify) hand unknown deep links to the client router.
    adapter: adapter({ fallback: '404.html' }),
  },
};

export default config;
