/**
 * Runs the bench's sections one after another and hands each outcome out as
 * soon as it is known, so a bench that dies late still leaves what it
 * measured. Under load Chromium sometimes dies mid-section ("Target page,
 * context or browser has been closed"): such a section is run again once in a
 * fresh browser, and skipped if it dies again; the others go on. Any other
 * error is a fault in the bench: not retried, reported as failed.
 */
import type { Row } from './report';

/** What the runner needs of a browser: to know whether it lives, and to close it. */
export interface Closable {
	isConnected(): boolean;
	close(): Promise<void>;
}

export interface Section<B, R> {
	name: string;
	/** Measures; `browser()` launches the shared browser on first use (a section may launch its own instead). */
	run(browser: () => Promise<B>): Promise<{ rows: Row[]; results: R }>;
}

export type Status = 'ok' | 'retried' | 'skipped' | 'failed';

export interface Outcome<R> {
	section: string;
	/** `retried`: its browser died once and the second run finished; `skipped`: it died twice; `failed`: another error. */
	status: Status;
	rows: Row[];
	results?: R;
	/** Why each attempt that did not finish ended. */
	errors: string[];
	seconds: number;
}

/** Playwright's and Chromium's ways of saying the browser (or its page or context) went away. */
const BROWSER_DIED =
	/has been closed|browser has disconnected|Target crashed|Page crashed|Browser closed|Target closed|WebSocket is not open|Connection closed/i;

/** Whether `err` says the browser died, rather than the bench being wrong. */
export function browserDied(err: unknown): boolean {
	return BROWSER_DIED.test(err instanceof Error ? err.message : String(err));
}

/** One line of an error, for the table and the JSON. */
const line = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 300);

/**
 * Runs `sections` in order with one shared browser from `launch`, replaced
 * whenever one dies; calls `onOutcome` after each section with it and every
 * outcome so far. Closes the last browser. Resolves with every outcome.
 */
export async function runSections<B extends Closable, R>(
	sections: readonly Section<B, R>[],
	launch: () => Promise<B>,
	onOutcome: (outcome: Outcome<R>, all: readonly Outcome<R>[]) => void | Promise<void>,
	log: (message: string) => void = () => {}
): Promise<Outcome<R>[]> {
	let current: B | undefined;
	const browser = async () => (current ??= await launch());
	const discard = async () => {
		const dead = current;
		current = undefined;
		await dead?.close().catch(() => {});
	};
	const all: Outcome<R>[] = [];
	try {
		for (const section of sections) {
			const t0 = Date.now();
			const errors: string[] = [];
			let outcome: Outcome<R> | undefined;
			for (let attempt = 1; !outcome; attempt++) {
				// A browser that died between sections (or was left broken) is replaced before the next one starts.
				if (current && !current.isConnected()) await discard();
				try {
					const { rows, results } = await section.run(browser);
					outcome = { section: section.name, status: attempt === 1 ? 'ok' : 'retried', rows, results, errors, seconds: 0 };
				} catch (err) {
					errors.push(line(err));
					const failed = (status: Status) => ({ section: section.name, status, rows: [], errors, seconds: 0 });
					if (!browserDied(err)) {
						log(`${section.name} failed: ${err instanceof Error ? err.stack : String(err)}`);
						outcome = failed('failed');
					} else {
						await discard();
						log(`${section.name}: the browser died (${line(err)}); ${attempt === 1 ? 'once more in a fresh browser' : 'skipped'}`);
						if (attempt > 1) outcome = failed('skipped');
					}
				}
			}
			outcome.seconds = Math.round((Date.now() - t0) / 1000);
			all.push(outcome);
			await onOutcome(outcome, all);
		}
	} finally {
		await discard();
	}
	return all;
}
