import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// SPA: every route is rendered in the browser from one fallback page,
		// so deep links work from a static host and from the service worker cache.
		// precompress: .br and .gz beside every text file, for servers that send them (scripts/serve.js does).
		adapter: adapter({ fallback: 'index.html', precompress: true }),
		serviceWorker: { register: false }
	}
};

export default config;
