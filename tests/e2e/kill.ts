/**
 * A browser that can be killed hard: Chromium launched by the test on a
 * profile directory of its own, so that it can be SIGKILLed mid-write and
 * started again on the same profile, as a crash or a power cut would leave it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../bench/chromium';

/** A page at the app's origin that runs none of the app: reading IndexedDB there changes nothing. */
export const PROBE_PATH = '/__durability-probe';

/** A fresh profile directory; `removeProfile` deletes it. */
export function newProfile(): string {
	return mkdtempSync(join(tmpdir(), 'factdeck-kill-'));
}

export function removeProfile(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

/**
 * Chromium on `profile`, the service worker blocked so that every request
 * reaches the test's routes, and the probe page served at PROBE_PATH.
 */
export async function launch(profile: string, baseURL: string): Promise<BrowserContext> {
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_FLAGS,
		headless: true,
		baseURL,
		serviceWorkers: 'block'
	});
	await context.route(`**${PROBE_PATH}`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' }));
	return context;
}

/**
 * Bytes of IndexedDB files in the profile. Chromium writes a large
 * transaction to disk as it goes (undone on recovery if it never commits), so
 * this grows during the write: a measure of its progress that needs no clock.
 */
export function indexedDbBytes(profile: string): number {
	const dir = join(profile, 'Default', 'IndexedDB');
	let entries: string[];
	try {
		entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
	} catch {
		return 0;
	}
	return entries.reduce((sum, name) => {
		try {
			const stat = statSync(join(dir, name));
			return sum + (stat.isFile() ? stat.size : 0);
		} catch {
			return sum; // compacted away meanwhile
		}
	}, 0);
}

/** pid → parent pid of every process on the machine, from `ps`. */
function processTable(): Map<number, { ppid: number; args: string }> {
	const out = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
	const table = new Map<number, { ppid: number; args: string }>();
	for (const line of out.split('\n')) {
		const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
		if (match) table.set(Number(match[1]), { ppid: Number(match[2]), args: match[3] });
	}
	return table;
}

/**
 * Kills the browser on `profile` the hard way: the browser process is the one
 * started with `--user-data-dir=<profile>` and no `--type=` (its children,
 * renderers, GPU and utility processes, all carry a type); it and every
 * descendant get SIGKILL, leaves first being no concern for SIGKILL, so they
 * are sent in one pass. Playwright starts the browser detached, as a process
 * group leader, so the group is killed too in case a child was re-parented.
 */
export function killBrowser(profile: string): number[] {
	const table = processTable();
	const roots = [...table].filter(([, p]) => p.args.includes(`--user-data-dir=${profile}`) && !p.args.includes('--type=')).map(([pid]) => pid);
	if (roots.length === 0) throw new Error(`no browser process found for ${profile}`);
	const doomed = new Set(roots);
	for (let grew = true; grew;) {
		grew = false;
		for (const [pid, p] of table) {
			if (!doomed.has(pid) && doomed.has(p.ppid)) {
				doomed.add(pid);
				grew = true;
			}
		}
	}
	const signal = (pid: number) => {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			// already gone
		}
	};
	for (const root of roots) signal(-root);
	for (const pid of doomed) signal(pid);
	return [...doomed];
}

/** Waits for the killed context to notice, without failing on the calls the kill cut off. */
export async function forget(context: BrowserContext): Promise<void> {
	await context.close().catch(() => undefined);
}

/** What is stored of one bank: its row (question and fact counts), question rows and card rows. */
export interface StoredBank {
	row: { questionCount: number; factCount: number } | null;
	questions: number;
	cards: number;
}

/** Counts a bank's rows straight from IndexedDB, without creating the database when it does not exist. */
export async function storedBank(page: Page, bankId: string): Promise<StoredBank> {
	return page.evaluate(async (id) => {
		const request = <T>(r: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		const names = (await indexedDB.databases()).map((d) => d.name);
		if (!names.includes('factdeck')) return { row: null, questions: 0, cards: 0 };
		const db = await request(indexedDB.open('factdeck'));
		try {
			if (!db.objectStoreNames.contains('banks')) return { row: null, questions: 0, cards: 0 };
			const tx = db.transaction(['banks', 'questionPages', 'cards'], 'readonly');
			const [row, pages, cardIds] = await Promise.all([
				request(tx.objectStore('banks').get(id)),
				// Question pages are keyed [bankId, page]; [id, []] sorts after every [id, number].
				request(tx.objectStore('questionPages').getAll(IDBKeyRange.bound([id], [id, []]))),
				// Card rows are keyed `${bankId}\u0000${fact}`.
				request(tx.objectStore('cards').getAllKeys(IDBKeyRange.bound(`${id}\u0000`, `${id}\u0001`, false, true)))
			]);
			const bank = row as { questionCount: number; factCount: number } | undefined;
			const paged = pages as { questions: unknown[]; cardIds: string[] }[];
			// One card per fact: a row, or (a New card never studied) none, its fact in a question page.
			const cards = new Set([...(cardIds as string[]), ...paged.flatMap((p) => p.cardIds)]).size;
			const questions = paged.reduce((n, p) => n + p.questions.length, 0);
			return { row: bank ? { questionCount: bank.questionCount, factCount: bank.factCount } : null, questions, cards };
		} finally {
			db.close();
		}
	}, bankId);
}

/** A valid bank of `n` flashcards, one fact each: large enough that writing it takes a while. */
export function largeBank(id: string, n: number) {
	const questions = Array.from({ length: n }, (_, i) => ({
		id: `q${i}`,
		fact: `fact-${i}`,
		type: 'flashcard' as const,
		prompt: `Question ${i}: which number follows ${i} in the long list of facts used to fill this bank?`,
		answer: `The number ${i + 1}, written out in full for the sake of length.`
	}));
	return { format: 'factdeck.bank', version: 1, id, title: `Large bank ${id}`, questions };
}
