import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The layer rules of docs/architecture.md, as import bans. ESLint does not merge the options
// of one rule across config blocks (the last block that matches a file wins), so each block
// below lists every ban that applies to its files, built from these pieces.
const DEXIE = { name: 'dexie', message: 'Only src/lib/storage/ imports dexie: go through a store.' };
const DEXIE_PATTERN = { group: ['dexie/*'], message: DEXIE.message };
const FSRS = { name: 'ts-fsrs', message: 'Only src/lib/core/srs/ imports ts-fsrs: use its scheduler.' };
const FSRS_PATTERN = { group: ['ts-fsrs/*'], message: FSRS.message };
const STORAGE_MESSAGE = 'Components do not import storage, not even its types: read and write through the feature state (*.svelte.ts).';
const STORAGE_PATTERNS = [
	{ regex: '^\\$lib/storage(/|$)', message: STORAGE_MESSAGE },
	// Any relative path through a folder named storage: src/lib/storage/ is the only one.
	{ regex: '^\\.{1,2}/(.*/)?storage(/|$)', message: STORAGE_MESSAGE }
];
const CORE_MESSAGE = 'core/ is pure TypeScript: no svelte, $app, dexie, storage, features or ui.';
const CORE_BANS = [
	{ regex: '^svelte(/|$)', message: CORE_MESSAGE },
	{ regex: '^\\$app(/|$)', message: CORE_MESSAGE },
	// $lib/core is the only part of $lib that core may name; storage and every feature
	// folder (app, study, create, import, library, editor, quiz, results, share, settings,
	// ui) are above it.
	{ regex: '^\\$lib(?!/core(/|$))', message: CORE_MESSAGE }
];
// A relative path that climbs out of src/lib/core/ from a file `depth` folders below it.
const leavesCore = (depth) => ({
	regex: `^(\\.\\./){${depth + 1}}`,
	message: `${CORE_MESSAGE} A relative path out of core/ is the same as a $lib import.`
});

const SERVER_MESSAGE = 'src/server/ imports only core from the app: no svelte, $app, storage, features or ui.';

/** The `no-restricted-imports` options for one block: named packages and patterns. */
const bans = (paths, patterns) => ['error', { paths, patterns }];

// Dynamic import() is not seen by no-restricted-imports; these catch a lazy dexie or storage load.
const dynamicImport = (regex, message) => ({ selector: `ImportExpression[source.value=/${regex}/]`, message });
const DYNAMIC_DEXIE = dynamicImport('^dexie', DEXIE.message);
const DYNAMIC_STORAGE = dynamicImport('^(\\$lib|\\.{1,2})\\u002F(.*\\u002F)?storage(\\u002F|$)', STORAGE_MESSAGE);

// Files below src/lib/core/ nest at most three folders deep today; four covers one more level.
const coreDepths = [0, 1, 2, 3, 4].map((depth) => ({
	name: `layers/core-depth-${depth}`,
	files: [`src/lib/core/${'*/'.repeat(depth)}*.ts`],
	rules: {
		'no-restricted-imports': bans([DEXIE, FSRS], [DEXIE_PATTERN, FSRS_PATTERN, ...CORE_BANS, leavesCore(depth)]),
		'no-restricted-syntax': ['error', DYNAMIC_DEXIE, DYNAMIC_STORAGE]
	}
}));

export default defineConfig(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'tests/fixtures/', 'questions/', 'bench/.out/', 'test-results/', 'playwright-report/', 'static/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		// .svelte files and runes modules (.svelte.ts) parse their script with typescript-eslint.
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// TypeScript checks undefined names itself (and knows type-only globals ESLint does not).
			'no-undef': 'off',
			// An unused name is a real leftover, but a leading _ marks one kept on purpose
			// (a callback's position, a destructured field dropped from a copy).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }
			],
			// Catches real bugs: `==` and `!=` only against null, where they mean "null or undefined".
			eqeqeq: ['error', 'always', { null: 'ignore' }],
			// The architecture allows {@html} only through the sanitizing helper; each use is a reviewed
			// exception marked with an eslint-disable comment that names the helper.
			'svelte/no-at-html-tags': 'error'
		}
	},
	{
		// Off because they fight deliberate style, not bugs:
		rules: {
			// `value!` is used where a Dexie id or a Map entry is known to exist by construction.
			'@typescript-eslint/no-non-null-assertion': 'off',
			// Navigation uses plain string paths; the app is served from the root and never from a base path.
			'svelte/no-navigation-without-resolve': 'off',
			// Flags every `new Date()`, `new Map()` and `new Set()` in runes code, but here they are
			// timestamps handed to storage and core as `now`, or collections rebuilt and reassigned
			// whole, never mutated in place where a template reads them.
			'svelte/prefer-svelte-reactivity': 'off',
			// Control characters in a regex are deliberate: the importers and the generator strip
			// or refuse NUL and other C0 characters in untrusted text.
			'no-control-regex': 'off'
		}
	},
	{
		// Two type-aware rules that catch real bugs: a promise nobody awaits or catches (an
		// IndexedDB write that fails silently), and a promise where a plain value is expected
		// (an async handler whose rejection nobody sees, an async onMount whose cleanup never runs).
		// They read the types through .svelte-kit/tsconfig.json, so `svelte-kit sync` runs first
		// (npm run lint does it). The service worker is outside that tsconfig.
		files: ['src/**/*.ts', 'src/**/*.svelte', 'tests/**/*.ts'],
		ignores: ['src/service-worker.ts'],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		// Tests build malformed banks, results and backups on purpose, by reaching into plain
		// objects at any depth; typing each broken shape would hide what the test breaks.
		files: ['tests/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		// Every app file: dexie and ts-fsrs belong to one layer each.
		name: 'layers/app',
		files: ['src/**/*.{js,ts,svelte}'],
		rules: {
			'no-restricted-imports': bans([DEXIE, FSRS], [DEXIE_PATTERN, FSRS_PATTERN]),
			'no-restricted-syntax': ['error', DYNAMIC_DEXIE]
		}
	},
	{
		name: 'layers/storage',
		files: ['src/lib/storage/**'],
		rules: {
			'no-restricted-imports': bans([FSRS], [FSRS_PATTERN]),
			'no-restricted-syntax': 'off'
		}
	},
	{
		// Components render; reading and writing the database belongs to the feature's state.
		name: 'layers/components',
		files: ['src/**/*.svelte'],
		rules: {
			'no-restricted-imports': bans([DEXIE, FSRS], [DEXIE_PATTERN, FSRS_PATTERN, ...STORAGE_PATTERNS]),
			'no-restricted-syntax': ['error', DYNAMIC_DEXIE, DYNAMIC_STORAGE]
		}
	},
	{
		// The server runs in Node beside the app: it shares core (schemas, sync rules), never the
		// app's state, storage or components, which need a browser.
		name: 'layers/server',
		files: ['src/server/**/*.ts'],
		rules: {
			'no-restricted-imports': bans(
				[DEXIE, FSRS],
				[
					DEXIE_PATTERN,
					FSRS_PATTERN,
					{ regex: '^(svelte|\\$app)(/|$)', message: SERVER_MESSAGE },
					{ regex: '^\\$lib(?!/core(/|$))', message: SERVER_MESSAGE },
					{ regex: '^(\\.\\./)+lib/(?!core/)', message: SERVER_MESSAGE }
				]
			),
			'no-restricted-syntax': ['error', DYNAMIC_DEXIE, DYNAMIC_STORAGE]
		}
	},
	...coreDepths,
	{
		// The scheduler is the one place that wraps ts-fsrs.
		name: 'layers/core-srs',
		files: ['src/lib/core/srs/*.ts'],
		rules: {
			'no-restricted-imports': bans([DEXIE], [DEXIE_PATTERN, ...CORE_BANS, leavesCore(1)])
		}
	}
);
