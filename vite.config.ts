import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit(), svelteTesting()],
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
