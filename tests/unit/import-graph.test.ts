import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './core/formats/helpers';

const LIB = join(ROOT, 'src/lib');
const SPECIFIER = /(?:from\s+|import\s*\(\s*)'((?:\.{1,2}\/|\$lib\/)[^']+)'/g;

/** The file an import names, as the bundler finds it: exact, or with .ts, .svelte.ts or .svelte added. */
function resolveImport(from: string, specifier: string): string | null {
	const base = specifier.startsWith('$lib/') ? join(LIB, specifier.slice(5)) : resolve(dirname(from), specifier);
	for (const candidate of [base, `${base}.ts`, `${base}.svelte.ts`, `${base}.svelte`, join(base, 'index.ts')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

/** Every module under src/lib with the modules it imports (static, type-only and dynamic), by path from src/lib. */
function libGraph(): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|svelte)$/.test(f));
	for (const file of files) {
		const path = join(LIB, file);
		const targets = [...readFileSync(path, 'utf8').matchAll(SPECIFIER)].map((m) => resolveImport(path, m[1])).filter((t): t is string => t !== null);
		graph.set(
			file,
			targets.map((t) => relative(LIB, t))
		);
	}
	return graph;
}

/** The first circle of imports found, as a path that starts and ends at the same module; null when there is none. */
function findCycle(graph: Map<string, string[]>): string[] | null {
	const done = new Set<string>();
	const visit = (node: string, path: string[]): string[] | null => {
		const seen = path.indexOf(node);
		if (seen >= 0) return [...path.slice(seen), node];
		if (done.has(node)) return null;
		for (const next of graph.get(node) ?? []) {
			const cycle = visit(next, [...path, node]);
			if (cycle) return cycle;
		}
		done.add(node);
		return null;
	};
	for (const node of graph.keys()) {
		const cycle = visit(node, []);
		if (cycle) return cycle;
	}
	return null;
}

// The layer rules live in eslint.config.js; a circle of imports is the one thing they cannot see.
describe('imports under src/lib', () => {
	it('a circle is found when there is one', () => {
		const graph = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a']]
		]);
		expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
	});

	it('are read for every module, through relative paths and $lib', () => {
		const graph = libGraph();
		expect(graph.get('storage/db.ts')).toEqual(expect.arrayContaining(['storage/rows.ts']));
		expect(graph.get('study/study-session.svelte.ts')).toEqual(expect.arrayContaining(['study/session-deps.ts']));
		expect(graph.size).toBeGreaterThan(200);
	});

	it('run in no circle', () => {
		expect(findCycle(libGraph())?.join(' -> ') ?? null).toBeNull();
	});

	it('leave the database schema depending only on the row types, the cache guards and the upgrades, which depend on no other storage module but the uid maker, the pure page and card-row builders and the row types', () => {
		const graph = libGraph();
		const storage = (module: string) => [...new Set(graph.get(module))].filter((t) => t.startsWith('storage/')).sort();
		expect(storage('storage/db.ts')).toEqual([
			'storage/counts-guard.ts',
			'storage/rows.ts',
			'storage/stats-guard.ts',
			'storage/stats-rows.ts',
			'storage/upgrade-code.ts'
		]);
		expect(storage('storage/upgrade-code.ts')).toEqual(['storage/upgrades.ts']);
		expect(storage('storage/upgrades.ts')).toEqual(['storage/rows.ts', 'storage/uid.ts', 'storage/v8-upgrade.ts']);
		expect(storage('storage/v8-upgrade.ts')).toEqual(['storage/card-rows.ts', 'storage/page-build.ts', 'storage/rows.ts']);
		expect((graph.get('storage/uid.ts') ?? []).length).toBe(0);
	});
});
