import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit(), svelteTesting()],
	resolve: {
		// Dexie's package entry wraps its UMD build; its ES module build is the same code,
		// smaller once minified, and Dexie is the largest part of every page's JavaScript.
		alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }]
	},
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					// The database and the few storage modules every page reads with it (counts, ranges,
					// row types, the study day) arrive as one chunk: split by importer, they made five
					// small files on every page, each with its own request and compression overhead.
					groups: [{ name: 'db', test: /src\/lib\/(storage\/(db|counts|counts-guard|ranges|rows)|core\/srs\/(day|types))\.ts$/ }]
				}
			}
		}
	},
	test: {
		globals: true,
		// fake-indexeddb must be in place before any module imports Dexie.
		setupFiles: ['tests/setup.ts'],
		include: ['tests/unit/**/*.test.ts'],
		// Most tests need no DOM and run faster without one; a test file that
		// needs one says so with a `// @vitest-environment jsdom` first line.
		environment: 'node',
		// The generator and import tests do real work; a shared 2-core machine can
		// take several seconds for them, which is not a failure.
		testTimeout: 20_000
	}
});
