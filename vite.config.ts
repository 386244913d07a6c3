import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { shippedBanks } from './scripts/shipped-banks-plugin.ts';

export default defineConfig({
	plugins: [sveltekit(), shippedBanks(), svelteTesting()],
	resolve: {
		// Dexie's package entry wraps its UMD build; its ES module build is the same code,
		// smaller once minified, and Dexie is the largest part of every page's JavaScript.
		alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }]
	},
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					// Split by importer, the modules every page or every card needs made a dozen files of a
					// few hundred bytes each, and each small file compresses worse and costs a request. Two
					// groups instead: 'db', the database (Dexie) with the storage and app-shell modules every
					// page reads at start (it also takes in the Svelte runtime they depend on), and 'card', what
					// the study and test pages need to show a card and take its keys (and the seeded random numbers that
					// choose its format, which the workload simulation shares). Study page: 81.3 -> 78.3 KB. The card
					// group also takes the queue, the format choice and the session's dependencies, each a small
					// file of its own before: with the dispatch of the new question types, 80.8 -> 80.0 KB.
					// SvelteKit's $app/state, which every page reads, takes its client router into 'db' with
					// it: one file instead of three for the code every page runs first (study page -0.7 KB).
					groups: [
						{
							name: 'db',
							test: /src\/lib\/(storage\/(db|counts|counts-guard|ranges|rows|settings|bank-read|trouble)|core\/srs\/(day|types|card)|core\/settings|app\/(idle|storage-trouble\.svelte|session-hold\.svelte)|ui\/lazy|library\/shipped|core\/bank\/kinds|core\/count)\.ts$|@sveltejs\/kit\/src\/runtime\/app\/state\/index\.js$/
						},
						{
							name: 'card',
							test: /src\/lib\/(ui\/(card-keys\.svelte|text-field|RichText\.svelte|ClozeText\.svelte)|core\/quiz\/(keys|answer-text)|core\/srs\/(rng|format-choice|queue)|storage\/(queue|first-card)|study\/(StudyCard\.svelte|session-deps))(\.ts)?$/
						}
					]
				}
			}
		}
	},
	test: {
		globals: true,
		// The generator and import tests do real work; a shared 2-core machine can
		// take several seconds for them, which is not a failure.
		testTimeout: 20_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					// fake-indexeddb must be in place before any module imports Dexie.
					setupFiles: ['tests/setup.ts'],
					include: ['tests/unit/**/*.test.ts'],
					// Most tests need no DOM and run faster without one; a test file that
					// needs one says so with a `// @vitest-environment jsdom` first line.
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'server',
					// One real PostgreSQL server for the run; each file makes its own database on it.
					globalSetup: ['tests/server/postgres-setup.ts'],
					// Making a database and migrating it can take several seconds on a loaded 2-core machine.
					hookTimeout: 60_000,
					include: ['tests/server/**/*.test.ts'],
					environment: 'node'
				}
			}
		]
	}
});
