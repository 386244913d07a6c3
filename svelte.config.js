import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { preloadingRoutes } from './scripts/route-preload.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// discloseVersion: every component would import the line that announces Svelte's version,
	// and the chunk holding it would be fetched by every page.
	compilerOptions: { runes: true, discloseVersion: false },
	kit: {
		// SPA: every route is rendered in the browser from one fallback page,
		// so deep links work from a static host and from the service worker cache.
		// precompress: .br and .gz beside every text file, for servers that send them (src/server/http/static.ts does).
		// preloadingRoutes: the fallback page fetches the chunks of the route it opens at along with the entry.
		adapter: preloadingRoutes(adapter({ fallback: 'index.html', precompress: true })),
		serviceWorker: { register: false },
		// A Content Security Policy in a <meta> tag of every generated page (hash
		// mode: SvelteKit lists a hash of each inline boot script). It is the
		// second wall behind the sanitizer: even markup that slipped through could
		// neither run a script nor fetch from another site. frame-ancestors is
		// left out because browsers ignore it in a <meta> policy.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// wasm-unsafe-eval: sql.js compiles WebAssembly to read Anki packages.
				// Never unsafe-inline: inline scripts run only if their hash is listed.
				'script-src': ['self', 'wasm-unsafe-eval'],
				// unsafe-inline for styles: inline style attributes are needed by the
				// page shell (app.html wraps the app in <div style="display: contents">),
				// by static style attributes Svelte compiles into its HTML templates, and
				// by the few typographic style attributes sanitized card HTML keeps.
				// (style: directives and transitions go through the CSSOM and Web
				// Animations, which CSP does not govern.) Styles cannot run code, and
				// img-src/connect-src stop a url() in them fetching from elsewhere.
				'style-src': ['self', 'unsafe-inline'],
				// blob: shows images stored with imported decks through object URLs.
				'img-src': ['self', 'blob:', 'data:'],
				// The service worker and the generator worker, both same-origin files.
				'worker-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self']
			}
		}
	}
};

export default config;
