/**
 * The measurements that run inside the bench page (bench/browser): storage
 * at several collection sizes, imports and the generator. Each opens its own
 * browser context (own storage, own renderer) so that one step's data,
 * garbage or caches never flatter the next.
 */
import type { Browser, Page } from 'playwright-core';
import { openBenchPage, type WithBench } from './bench-page';
import type { SeedInfo } from './browser/seed';
import type { StudySamples } from './browser/study';
import { summarize, type Stats } from './browser/stats';

/** A fixed moment (local time, mid-morning of a study day): every run schedules against the same clock. */
export const NOW = new Date(2025, 2, 12, 10, 0, 0).getTime();
export const BANKS = 50;
const WARMUP_STEPS = 5;

export interface StorageResult {
	cards: number;
	seed: Omit<SeedInfo, 'bankIds'>;
	/** What one bank's / all banks' queue held when the session began, and how many cards each way loaded. */
	head: { one: StudySamples['head']; all: StudySamples['head'] };
	gathered: { one: StudySamples['gathered']; all: StudySamples['gathered'] };
	nextOne: Stats;
	nextAll: Stats;
	wholeOne: Stats;
	wholeAll: Stats;
	naiveOne: Stats;
	naiveAll: Stats;
	answer: Stats;
	counts: Stats;
	naiveCounts: Stats;
	mismatches: number;
}

export interface Effort {
	steps: number;
	/** Steps at which the previous design (whole lists) is timed too. */
	compareSteps: number;
	naiveSteps: (cards: number) => number;
	countRuns: number;
}

/** A bench page in a context of its own; closing the page closes the context. */
export async function benchPage(browser: Browser, url: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await openBenchPage(context, url);
	page.on('close', () => void context.close());
	return page;
}

/** Next card, answer and counts for a collection of `cards` cards over 50 banks. */
export async function storageAt(browser: Browser, url: string, cards: number, effort: Effort): Promise<StorageResult> {
	const page = await benchPage(browser, url);
	const name = `bench-${cards}`;
	try {
		const seed = await page.evaluate(({ name, spec }) => (globalThis as unknown as WithBench).FactdeckBench.seed(name, spec), {
			name,
			// With questions: New cards have no rows, as after an import (version 8).
			spec: { cards, banks: BANKS, now: NOW, seed: 7, questions: true, history: true }
		});
		const bankId = seed.bankIds[Math.floor(seed.bankIds.length / 2)];
		const study = (scope: string | undefined, runSeed: number, steps: number, compare: number, naive: number) =>
			page.evaluate((a) => (globalThis as unknown as WithBench).FactdeckBench.study(a.name, a.scope, a.now, a.steps, a.compare, a.naive, a.runSeed), {
				name,
				scope,
				now: NOW,
				steps,
				compare,
				naive,
				runSeed
			});
		// Untimed warm-up on another bank and on all: the code is compiled and the database open before the clock runs.
		await study(seed.bankIds[0], 10, WARMUP_STEPS, 0, 0);
		await study(undefined, 9, 1, 0, 0);
		const one = await study(bankId, 11, effort.steps, effort.compareSteps, effort.naiveSteps(cards));
		const all = await study(undefined, 12, effort.steps, effort.compareSteps, effort.naiveSteps(cards));
		const counts = await page.evaluate((a) => (globalThis as unknown as WithBench).FactdeckBench.counts(a.name, a.now, a.runs), {
			name,
			now: NOW,
			runs: effort.countRuns
		});
		const { bankIds: _ids, ...seedInfo } = seed;
		return {
			cards,
			seed: seedInfo,
			head: { one: one.head, all: all.head },
			gathered: { one: one.gathered, all: all.gathered },
			nextOne: summarize(one.next),
			nextAll: summarize(all.next),
			wholeOne: summarize(one.whole),
			wholeAll: summarize(all.whole),
			naiveOne: summarize(one.naive),
			naiveAll: summarize(all.naive),
			answer: summarize([...one.answer, ...all.answer]),
			counts: summarize(counts.indexed),
			naiveCounts: summarize(counts.naive),
			mismatches: one.mismatches + all.mismatches
		};
	} finally {
		await page.evaluate((n) => (globalThis as unknown as WithBench).FactdeckBench.drop(n), name).catch(() => {});
		await page.close();
	}
}

export interface ImportResult {
	questions: number;
	json: Stats;
	jsonParse: Stats;
	jsonSave: Stats;
	/** End to end through CSV; no samples when the CSV was only parsed. */
	csv: Stats;
	csvParse: Stats;
	progressEvents: number;
	progressComplete: boolean;
	/** The same rows written with raw IndexedDB, no Dexie (browser/import-floor.ts). */
	floor: Stats;
}

/** Imports `count` questions `runs` times as a JSON bank, and as CSV (written too only when `csvWrite`). */
export async function importsOf(browser: Browser, url: string, count: number, runs: number, csvWrite: boolean): Promise<ImportResult> {
	const page = await benchPage(browser, url);
	try {
		const samples = [];
		for (let i = 0; i < runs; i++) {
			samples.push(
				await page.evaluate((a) => (globalThis as unknown as WithBench).FactdeckBench.importBanks(a.count, a.now, a.csvWrite), { count, now: NOW, csvWrite })
			);
		}
		const floor = await page.evaluate((a) => (globalThis as unknown as WithBench).FactdeckBench.importFloor(a.count, a.now, a.runs), { count, now: NOW, runs });
		const runsOf = samples.flatMap((s) => (s.csv ? [s.json, s.csv] : [s.json]));
		return {
			questions: count,
			json: summarize(samples.map((s) => s.json.totalMs)),
			jsonParse: summarize(samples.map((s) => s.json.parseMs)),
			jsonSave: summarize(samples.map((s) => s.json.saveMs)),
			csv: summarize(samples.flatMap((s) => (s.csv ? [s.csv.totalMs] : []))),
			csvParse: summarize(samples.map((s) => s.csvParseMs)),
			progressEvents: Math.min(...runsOf.map((r) => r.progressEvents)),
			progressComplete: runsOf.every((r) => r.progressComplete),
			floor: summarize(floor)
		};
	} finally {
		await page.close();
	}
}

export interface GenerateResult {
	words: number;
	questions: number;
	cold: Stats;
	warm: Stats;
}

/** The generator in Chromium: each of `pages` fresh pages gives one cold run and `warmRuns` warm ones. */
export async function generateInChromium(browser: Browser, url: string, article: string, pages: number, warmRuns: number): Promise<GenerateResult> {
	const cold: number[] = [];
	const warm: number[] = [];
	let words = 0;
	let questions = 0;
	for (let i = 0; i < pages; i++) {
		const page = await benchPage(browser, url);
		try {
			const r = await page.evaluate((a) => (globalThis as unknown as WithBench).FactdeckBench.generate(a.article, a.warmRuns), { article, warmRuns });
			cold.push(r.coldMs);
			warm.push(...r.warmMs);
			words = r.words;
			questions = r.questions;
		} finally {
			await page.close();
		}
	}
	return { words, questions, cold: summarize(cold), warm: summarize(warm) };
}

export interface FloorResult {
	putTx: Stats;
	answerTx: Stats;
	perRecordUs: Stats;
	oneRecordMs: Stats;
}

/** IndexedDB's own costs in this Chromium (bench/browser/floor.ts). */
export async function idbFloorOf(browser: Browser, url: string, runs: number): Promise<FloorResult> {
	const page = await benchPage(browser, url);
	try {
		const r = await page.evaluate((n) => (globalThis as unknown as WithBench).FactdeckBench.floor(n), runs);
		return { putTx: summarize(r.putTx), answerTx: summarize(r.answerTx), perRecordUs: summarize(r.perRecordUs), oneRecordMs: summarize(r.oneRecordMs) };
	} finally {
		await page.close();
	}
}
