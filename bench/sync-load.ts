/**
 * The simulated devices of the sync bench: accounts and sessions made straight
 * in the database (the sign-up rate limit would refuse a hundred sign-ups from
 * one address), then every device pushing its reviews over HTTP in batches and
 * pulling its account's changes back.
 */
import { randomUUID } from 'node:crypto';
import { accounts } from '../src/server/db/schema';
import type { Db } from '../src/server/db/open';
import { SESSION_COOKIE } from '../src/server/http/auth';
import { createSession } from '../src/server/services/sessions';
import type { PullResponse, PushResponse, ReviewChange } from '../src/lib/core/sync/protocol';

export interface Device {
	accountId: string;
	deviceId: string;
	cookie: string;
	/** The server this device talks to. */
	server: string;
}

/** Makes `accountCount` accounts with `perAccount` devices each; devices of one account go to different servers in turn. */
export async function makeDevices(db: Db, accountCount: number, perAccount: number, servers: readonly string[]): Promise<Device[]> {
	const rows = await db
		.insert(accounts)
		.values(Array.from({ length: accountCount }, (_, i) => ({ login: `bench-${i}-${randomUUID()}`, passwordHash: 'bench' })))
		.returning({ id: accounts.id });
	const devices: Device[] = [];
	for (const { id } of rows) {
		for (let d = 0; d < perAccount; d++) {
			const token = await createSession(db, id, new Date());
			devices.push({ accountId: id, deviceId: `device-${d}`, cookie: `${SESSION_COOKIE}=${token}`, server: servers[devices.length % servers.length] });
		}
	}
	return devices;
}

const START = Date.UTC(2026, 0, 1);

/** `count` new reviews of one device. */
function reviewsOf(count: number, offset: number): ReviewChange[] {
	return Array.from({ length: count }, (_, i) => ({
		id: randomUUID(),
		bankId: 'bench-bank',
		fact: `Fact number ${(offset + i) % 500} of the bench bank.`,
		questionId: `q${(offset + i) % 500}`,
		rating: 1 + ((offset + i) % 4),
		reviewedAt: START + (offset + i) * 1000,
		durationMs: 3000
	}));
}

export interface PushRun {
	/** Milliseconds of each push, from request to parsed answer. */
	latencies: number[];
	seconds: number;
	sent: number;
	stored: number;
	failures: number;
	/** Pushes sent again after the connection failed, as a device would. */
	retries: number;
}

/**
 * Every device pushes `perDevice` reviews in batches of `batch`, all devices at
 * once. With `pushesPerSecond` 0 each device pushes again as soon as it has its
 * answer (the burst: the most the server can take). Otherwise the pushes are
 * spread evenly at that rate over all devices, whatever the answers' speed
 * (a steady load), and a device whose last push is still open waits for it.
 */
export async function pushAll(devices: readonly Device[], perDevice: number, batch: number, pushesPerSecond: number): Promise<PushRun> {
	const run: PushRun = { latencies: [], seconds: 0, sent: 0, stored: 0, failures: 0, retries: 0 };
	const started = performance.now();
	await Promise.all(
		devices.map(async (device, d) => {
			for (let done = 0, k = 0; done < perDevice; done += batch, k++) {
				if (pushesPerSecond) await sleep(started + ((k * devices.length + d) / pushesPerSecond) * 1000 - performance.now());
				const reviews = reviewsOf(Math.min(batch, perDevice - done), done);
				const t0 = performance.now();
				const answer = await pushWithRetry(device, reviews, run);
				run.latencies.push(performance.now() - t0);
				run.sent += reviews.length;
				if (answer) run.stored += answer.stored;
				else run.failures++;
			}
		})
	);
	run.seconds = (performance.now() - started) / 1000;
	return run;
}

/** One push; a connection that fails is tried again with the same reviews (at most 3 times), as the app's outbox does. */
async function pushWithRetry(device: Device, reviews: ReviewChange[], run: PushRun): Promise<PushResponse | null> {
	const body = JSON.stringify({ deviceId: device.deviceId, reviews, docs: [] });
	for (let attempt = 1; ; attempt++) {
		try {
			const response = await fetch(`${device.server}/api/sync/push`, {
				method: 'POST',
				headers: { cookie: device.cookie, 'content-type': 'application/json' },
				body
			});
			const answer = (await response.json()) as PushResponse;
			return response.ok ? answer : null;
		} catch (error) {
			if (attempt === 3) throw error;
			run.retries++;
		}
	}
}

export interface PullRun {
	seconds: number;
	pages: number;
	/** Reviews pulled, over all devices. */
	pulled: number;
	/** Devices whose pull did not give every review of their account exactly once. */
	wrong: number;
}

/** Every device pulls all of its account's changes in pages and checks it got each review once. */
export async function pullAll(devices: readonly Device[], expectedPerAccount: number): Promise<PullRun> {
	const run: PullRun = { seconds: 0, pages: 0, pulled: 0, wrong: 0 };
	const started = performance.now();
	await Promise.all(
		devices.map(async (device) => {
			const ids = new Set<string>();
			let count = 0;
			for (let cursor = 0, more = true, pages = 0; more && pages < 1000; pages++) {
				const response = await fetch(`${device.server}/api/sync/pull?since=${cursor}`, { headers: { cookie: device.cookie } });
				const page = (await response.json()) as PullResponse;
				for (const review of page.reviews) ids.add(review.id);
				count += page.reviews.length;
				cursor = page.cursor;
				more = page.more;
				run.pages++;
			}
			run.pulled += count;
			if (count !== expectedPerAccount || ids.size !== expectedPerAccount) run.wrong++;
		})
	);
	run.seconds = (performance.now() - started) / 1000;
	return run;
}

/** The q-th quantile (0..1) of the numbers. */
export function quantile(numbers: readonly number[], q: number): number {
	const sorted = [...numbers].sort((a, b) => a - b);
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, Math.max(0, ms)));
