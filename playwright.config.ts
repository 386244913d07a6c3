import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './bench/chromium';

/** A port of its own, so the tests never talk to a dev server or `npm start` left running. */
const PORT = Number(process.env.E2E_PORT ?? 4183);

/** The system Chromium, launched as the bench launches it: the tests never download a browser. */
const CHROMIUM_LAUNCH = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };

export default defineConfig({
	// Tests import `$lib/...` through the paths of .svelte-kit/tsconfig.json, which tsconfig.json
	// extends and `vite build` (or `svelte-kit sync`) writes: without a build they cannot load.
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: 'list',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		serviceWorkers: 'allow',
		trace: 'off',
		screenshot: 'off'
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH }
		}
	],
	// `npm run test:e2e` builds first; the tests run against the built app, as users get it.
	webServer: {
		// The real server (API and app), on an embedded database in memory: each run starts empty.
		command: 'node --import tsx src/server/main.ts',
		env: { PORT: String(PORT), HOST: '127.0.0.1', FACTDECK_DATA: 'memory://' },
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
