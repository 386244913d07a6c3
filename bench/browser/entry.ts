/**
 * The bench page's API, bundled with the app's own storage and core code and
 * exposed as `window.FactdeckBench`; the Node driver calls it step by step.
 */
import { Dexie } from 'dexie';
import { DEFAULT_SETTINGS, type Settings } from '$lib/core/settings';
import { openDatabase, type FactdeckDB } from '$lib/storage/db';
import { browseSearch } from './browse';
import { idbFloor } from './floor';
import { generateSpeed } from './generate';
import { dailySnapshot, restoreCollection, type GrowthSpec } from './growth';
import { importBanks } from './imports';
import { importFloor } from './import-floor';
import { rescheduleAtScale, type RescheduleSpec } from './reschedule';
import { seedReviewLog, type ReviewLogSpec } from './review-log';
import { seedCollection, type SeedSpec } from './seed';
import { libraryCounts, studySession } from './study';

// Dexie turns on debug mode (an async stack trace per operation) on localhost
// only; a deployed app never runs with it, so neither does the bench.
Dexie.debug = false;

const settings: Settings = { ...DEFAULT_SETTINGS };
const open = new Map<string, FactdeckDB>();
let fresh = 0;

/** The database of that name, opened once per page. */
async function database(name: string): Promise<FactdeckDB> {
	let db = open.get(name);
	if (!db) {
		db = openDatabase(name);
		await db.open();
		open.set(name, db);
	}
	return db;
}

/** Deletes a database, closing this page's connection first. */
async function drop(name: string): Promise<void> {
	open.get(name)?.close();
	open.delete(name);
	await Dexie.delete(name);
}

export const api = {
	/** Empties and fills database `name` with a synthetic collection. */
	async seed(name: string, spec: SeedSpec) {
		await drop(name);
		return seedCollection(await database(name), spec);
	},
	/** Adds a long review log over the studied cards of database `name`, and closes it for the app. */
	async seedReviews(name: string, spec: ReviewLogSpec) {
		const info = await seedReviewLog(await database(name), spec);
		open.get(name)?.close();
		open.delete(name);
		return info;
	},
	/** A study session of `steps` answers over one bank or all, compared with the previous and the naive way. */
	async study(name: string, bankId: string | undefined, now: number, steps: number, compareSteps: number, naiveSteps: number, seed: number) {
		return studySession(await database(name), { bankId }, now, settings, steps, compareSteps, naiveSteps, seed);
	},
	/** The library's counts, `runs` times. */
	async counts(name: string, now: number, runs: number) {
		return libraryCounts(await database(name), now, settings, runs);
	},
	/** The card browser over the collection: its load, then `runs` rounds of searches. */
	async browse(name: string, now: number, runs: number) {
		return browseSearch(await database(name), now, runs);
	},
	/** Fills database `name` with review histories, then times a change of retention and the workload table. */
	async reschedule(name: string, spec: RescheduleSpec) {
		await drop(name);
		return rescheduleAtScale(await database(name), spec);
	},
	/** IndexedDB's own costs in this browser, without Dexie or the app. */
	floor(runs: number) {
		return idbFloor(runs);
	},
	/** Imports `count` questions as JSON (and as CSV), each into a new database that is dropped afterwards. */
	async importBanks(count: number, now: number, csvWrite: boolean) {
		const names: string[] = [];
		const next = async () => {
			const name = `bench-import-${fresh++}`;
			names.push(name);
			await drop(name);
			return database(name);
		};
		try {
			return await importBanks(count, now, next, csvWrite);
		} finally {
			for (const name of names) await drop(name);
		}
	},
	/** The generator's speed on `article`. */
	generate(article: string, warmRuns: number) {
		return generateSpeed(article, warmRuns);
	},
	/** The same rows as a new bank's import, written with raw IndexedDB: the record design's own cost. */
	importFloor(count: number, now: number, runs: number) {
		return importFloor(count, now, runs);
	},
	/** Replaces database `name` with a collection through the app's restore. */
	async growthRestore(name: string, spec: GrowthSpec) {
		return restoreCollection(await database(name), spec);
	},
	/** Takes the app's daily snapshot of database `name` dated `now`, then closes it for the app. */
	async growthSnapshot(name: string, now: number) {
		const done = await dailySnapshot(await database(name), now);
		open.get(name)?.close();
		open.delete(name);
		return done;
	},
	drop
};

export type BenchApi = typeof api;

(globalThis as unknown as { FactdeckBench: BenchApi }).FactdeckBench = api;
