import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../core/formats/helpers';

const STORAGE = join(ROOT, 'src/lib/storage');

/** Each storage module's storage imports (static, type-only and dynamic), by file name without `.ts`. */
function storageGraph(): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of readdirSync(STORAGE).filter((f) => f.endsWith('.ts'))) {
		const text = readFileSync(join(STORAGE, file), 'utf8');
		const targets = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'\.\/([\w-]+)'/g)].map((m) => m[1]);
		graph.set(file.replace(/\.ts$/, ''), targets);
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

describe('storage imports', () => {
	it('finds a circle when there is one', () => {
		const graph = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a']]
		]);
		expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
	});

	it('run in no circle', () => {
		const graph = storageGraph();
		expect(graph.get('db')).toBeDefined();
		expect(findCycle(graph)).toBeNull();
	});

	it('leave the schema depending only on the row types and the counts guard', () => {
		expect([...(storageGraph().get('db') ?? [])].sort()).toEqual(['counts-guard', 'rows']);
	});

	it('keep .svelte files out of storage', () => {
		const svelte = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
		expect(svelte.length).toBeGreaterThan(10);
		const importing = svelte.filter((f) => /from\s+'\$lib\/storage\//.test(readFileSync(join(ROOT, 'src', f), 'utf8')));
		expect(importing).toEqual([]);
	});
});
