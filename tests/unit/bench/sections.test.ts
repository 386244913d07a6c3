// The bench runner's logic with fake browsers and sections: a section whose browser dies is run
// again in a fresh one, skipped if it dies again, and every finished section is written out first.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Row } from '../../../bench/report';
import { browserDied, runSections, type Outcome, type Section } from '../../../bench/sections';
import { resultsJson, sectionText, writeResults } from '../../../bench/stream';

const CLOSED = 'page.evaluate: Target page, context or browser has been closed';

/** A browser that can be killed, as Chromium under load kills itself. */
class FakeBrowser {
	connected = true;
	closed = 0;
	constructor(readonly id: number) {}
	isConnected() {
		return this.connected;
	}
	async close() {
		this.closed++;
		this.connected = false;
	}
}

function fleet() {
	const launched: FakeBrowser[] = [];
	const launch = async () => {
		const b = new FakeBrowser(launched.length + 1);
		launched.push(b);
		return b;
	};
	return { launched, launch };
}

const rowFor = (name: string): Row => ({ measure: name, on: 'fake', median: 1, p95: 1, n: 1, unit: 'ms' });

/** A section that uses the shared browser; its first `deaths` runs kill the browser and throw as Playwright does. */
function section(name: string, deaths = 0, used: number[] = []): Section<FakeBrowser, string> {
	let runs = 0;
	return {
		name,
		async run(browser) {
			const b = await browser();
			used.push(b.id);
			if (runs++ < deaths) {
				b.connected = false;
				throw new Error(CLOSED);
			}
			return { rows: [rowFor(name)], results: `${name} from browser ${b.id}` };
		}
	};
}

describe('runSections', () => {
	test('runs every section in one browser when none dies, and closes it at the end', async () => {
		const { launched, launch } = fleet();
		const seen: string[] = [];
		const all = await runSections([section('a'), section('b')], launch, (o) => void seen.push(o.section));
		expect(all.map((o) => [o.section, o.status])).toEqual([
			['a', 'ok'],
			['b', 'ok']
		]);
		expect(seen).toEqual(['a', 'b']);
		expect(launched).toHaveLength(1);
		expect(launched[0].closed).toBe(1);
	});

	test('a section whose browser died once is run again in a fresh browser', async () => {
		const { launched, launch } = fleet();
		const used: number[] = [];
		const all = await runSections([section('a'), section('b', 1, used), section('c')], launch, () => {});
		expect(all.map((o) => o.status)).toEqual(['ok', 'retried', 'ok']);
		expect(used).toEqual([1, 2]);
		expect(all[1].results).toBe('b from browser 2');
		expect(all[1].errors).toEqual([CLOSED]);
		expect(all[1].rows).toEqual([rowFor('b')]);
		// The next section gets the fresh browser, not a third one.
		expect(all[2].results).toBe('c from browser 2');
		expect(launched).toHaveLength(2);
	});

	test('a section whose browser died twice is skipped and the next one runs in a fresh browser', async () => {
		const { launched, launch } = fleet();
		const all = await runSections([section('a'), section('b', 2), section('c')], launch, () => {});
		expect(all.map((o) => o.status)).toEqual(['ok', 'skipped', 'ok']);
		expect(all[1].rows).toEqual([]);
		expect(all[1].errors).toEqual([CLOSED, CLOSED]);
		expect(all[2].results).toBe('c from browser 3');
		expect(launched.every((b) => b.closed === 1)).toBe(true);
	});

	test('another error is not retried: the section fails and the others still run', async () => {
		const { launch } = fleet();
		let runs = 0;
		const broken: Section<FakeBrowser, string> = {
			name: 'broken',
			async run() {
				runs++;
				throw new TypeError('cannot read properties of undefined');
			}
		};
		const all = await runSections([broken, section('b')], launch, () => {});
		expect(runs).toBe(1);
		expect(all.map((o) => o.status)).toEqual(['failed', 'ok']);
	});

	test('a browser found dead between sections is replaced before the next section starts', async () => {
		const { launched, launch } = fleet();
		const killer: Section<FakeBrowser, string> = {
			name: 'killer',
			async run(browser) {
				(await browser()).connected = false;
				return { rows: [], results: 'done' };
			}
		};
		const all = await runSections([killer, section('b')], launch, () => {});
		expect(all.map((o) => o.status)).toEqual(['ok', 'ok']);
		expect(all[1].results).toBe('b from browser 2');
		expect(launched).toHaveLength(2);
	});

	test('a section that never asks for the shared browser launches none', async () => {
		const { launched, launch } = fleet();
		const own: Section<FakeBrowser, string> = { name: 'own', run: async () => ({ rows: [rowFor('own')], results: 'x' }) };
		await runSections([own], launch, () => {});
		expect(launched).toHaveLength(0);
	});
});

test('browserDied knows Playwright’s messages from a fault of the bench', () => {
	expect(browserDied(new Error(CLOSED))).toBe(true);
	expect(browserDied(new Error('browser.newContext: Browser has been closed'))).toBe(true);
	expect(browserDied(new Error('page.goto: Target crashed'))).toBe(true);
	expect(browserDied(new Error('expected 3 cards, got 2'))).toBe(false);
});

describe('what is written after each section', () => {
	let dir: string;
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	test('results.json holds every finished section when a later one is skipped', async () => {
		dir = mkdtempSync(join(tmpdir(), 'bench-'));
		const file = join(dir, 'results.json');
		const { launch } = fleet();
		const written: ReturnType<typeof resultsJson>[] = [];
		const printed: string[] = [];
		await runSections([section('a'), section('b', 2), section('c')], launch, (o, all) => {
			writeResults(file, { at: all.length }, all);
			written.push(JSON.parse(readFileSync(file, 'utf8')));
			printed.push(sectionText(o as Outcome<unknown>));
		});
		// After the first section, before the one that dies: its row is already in the file.
		expect(written[0].rows.map((r) => r.measure)).toEqual(['a']);
		expect(written[1].sections.map((s) => s.status)).toEqual(['ok', 'skipped']);
		expect(written[1].rows.map((r) => r.measure)).toEqual(['a']);
		expect(written[2].meta).toEqual({ at: 3 });
		expect(written[2].rows.map((r) => r.measure)).toEqual(['a', 'c']);
		expect(written[2].results).toEqual({ a: 'a from browser 1', c: 'c from browser 3' });
		expect(written[2].sections[1]).toMatchObject({ section: 'b', status: 'skipped', errors: [CLOSED, CLOSED] });
		expect(printed[0]).toMatch(/^== a \(\d+ s\)\nmeasure/);
		expect(printed[1]).toContain('b');
		expect(printed[1]).toContain('SKIPPED, the browser died twice');
	});

	test('a retried section says so under its table', () => {
		const o: Outcome<unknown> = { section: 'growth', status: 'retried', rows: [rowFor('x')], errors: [CLOSED], seconds: 3 };
		expect(sectionText(o)).toContain(`run again in a fresh browser after: ${CLOSED}`);
	});
});
