/**
 * `npm run bench:sync`: the sync server under load. 100 accounts × 2 devices
 * push 100,000 reviews in pushes of 100 over HTTP on 127.0.0.1, all at once
 * (the burst: throughput), then again at a steady pace (latency at a given
 * load), then every device pulls its account's changes back. Run against one
 * server process on PostgreSQL, two processes sharing that PostgreSQL, and one
 * process on PGlite. Ends with a count check: rows in the database against the
 * reviews sent, zero lost and zero duplicated.
 *
 * Then the class scenario (sync-class.ts): 30 classes of 30 students submit a
 * 20-question test over HTTP, all within the same minute.
 *
 * Options: --quick (a tenth of the load, for a try-out), --only=pg1,pg2,pglite,class.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import postgres from 'postgres';
import { startPostgres } from '../scripts/postgres.js';
import { openDatabase, type Database } from '../src/server/db/open';
import { reviews } from '../src/server/db/schema';
import { countAttempts, seedClasses, submitAll, submitLine } from './sync-class';
import { makeDevices, pullAll, pushAll, quantile, type PushRun } from './sync-load';
import { startServerProcess, type ServerProcess } from './sync-spawn';

const quick = process.argv.includes('--quick');
const only = process.argv
	.find((a) => a.startsWith('--only='))
	?.slice(7)
	.split(',');
const ACCOUNTS = quick ? 20 : 100;
const DEVICES_PER_ACCOUNT = 2;
const BATCH = 100;
/** Reviews per device in the burst: 100,000 in all. */
const BURST_PER_DEVICE = quick ? 100 : 500;
/** Reviews per device at a steady pace: 200 devices × 200 reviews, offered at the target rate. */
const STEADY_PER_DEVICE = quick ? 100 : 200;
/** The steady load: 20 pushes of 100 a second, the 2,000 reviews/s of the target. */
const STEADY_PUSHES_PER_SECOND = 20;
const ENTRY = join(import.meta.dirname, 'sync-server.ts');
/** The class scenario: 30 classes of 30 students (a third of each with --quick). */
const CLASSES = quick ? 10 : 30;
const STUDENTS_PER_CLASS = 30;

interface Setup {
	name: string;
	processes: number;
	/** Opens the database (for seeding and counting) and says how a server process reaches it. */
	open(): Promise<{ database: Database; env: Record<string, string>; done(): Promise<void> }>;
	/** Only one process may hold a PGlite folder: close the bench's own handle while servers run. */
	exclusive: boolean;
}

async function main() {
	const pg = await startPostgres();
	const setups: Setup[] = [
		{ name: 'pg1', processes: 1, exclusive: false, open: () => pgDatabase(pg.url, 'bench_one') },
		{ name: 'pg2', processes: 2, exclusive: false, open: () => pgDatabase(pg.url, 'bench_two') },
		{ name: 'pglite', processes: 1, exclusive: true, open: pgliteDatabase }
	];
	console.log(
		`sync bench: ${ACCOUNTS} accounts × ${DEVICES_PER_ACCOUNT} devices, pushes of ${BATCH}; ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}; PostgreSQL with fsync on`
	);
	try {
		for (const setup of setups.filter((s) => !only || only.includes(s.name))) await runSetup(setup);
		if (!only || only.includes('class')) await runClasses(pg.url);
	} finally {
		pg.stop();
	}
}

async function runSetup(setup: Setup) {
	const { database, env, done } = await setup.open();
	let servers: ServerProcess[] = [];
	try {
		// Devices are made before the servers start: a PGlite folder has one owner at a time.
		const placeholder = Array.from({ length: setup.processes }, (_, i) => `server-${i}`);
		const devices = await makeDevices(database.db, ACCOUNTS, DEVICES_PER_ACCOUNT, placeholder);
		if (setup.exclusive) await database.close();
		servers = await Promise.all(Array.from({ length: setup.processes }, () => startServerProcess(ENTRY, env)));
		for (const device of devices) device.server = servers[placeholder.indexOf(device.server)].url;

		const burst = await pushAll(devices, BURST_PER_DEVICE, BATCH, 0);
		report(setup, 'burst', burst);
		const steady = await pushAll(devices, STEADY_PER_DEVICE, BATCH, STEADY_PUSHES_PER_SECOND);
		report(setup, 'steady', steady);
		const pulls = await pullAll(devices, DEVICES_PER_ACCOUNT * (BURST_PER_DEVICE + STEADY_PER_DEVICE));
		console.log(
			`${setup.name} pull    ${pulls.pages} pages, ${Math.round(pulls.pulled / pulls.seconds)} reviews/s pulled; devices missing or repeating a review: ${pulls.wrong}`
		);

		await Promise.all(servers.map((s) => s.stop()));
		servers = [];
		const counted = setup.exclusive ? await countRows(await pgliteReopen(env.FACTDECK_DATA)) : await countRows(database, false);
		const sent = burst.sent + steady.sent;
		const stored = burst.stored + steady.stored;
		console.log(
			`${setup.name} count   sent ${sent}, rows ${counted}, lost ${Math.max(0, sent - counted)}, duplicated ${Math.max(0, counted - sent)}, answered stored ${stored}, failed pushes ${burst.failures + steady.failures}, pushes retried after a broken connection ${burst.retries + steady.retries}`
		);
	} finally {
		await Promise.all(servers.map((s) => s.stop()));
		if (!setup.exclusive) await database.close();
		await done();
	}
}

/** The class scenario on one server process over PostgreSQL. */
async function runClasses(serverUrl: string) {
	const { database, env } = await pgDatabase(serverUrl, 'bench_class');
	const server = await startServerProcess(ENTRY, env);
	try {
		const students = await seedClasses(database.db, server.url, CLASSES, STUDENTS_PER_CLASS);
		console.log(`class     ${CLASSES} classes × ${STUDENTS_PER_CLASS} students, a 20-question test each, 1 server process on PostgreSQL`);
		const firstIds = students.map(() => randomUUID());
		const bell = await submitAll(server.url, students, (s) => s.tests[0], firstIds, 0);
		console.log(submitLine('at once', bell));
		const minute = await submitAll(
			server.url,
			students,
			(s) => s.tests[1],
			students.map(() => randomUUID()),
			60_000
		);
		console.log(submitLine('1 minute', minute));
		const again = await submitAll(server.url, students, (s) => s.tests[0], firstIds, 0);
		console.log(submitLine('resent', again));
		const counted = await countAttempts(database.db);
		const sent = bell.created + bell.repeated + minute.created + minute.repeated;
		console.log(
			`class count   attempts answered ${sent}, rows ${counted.rows}, one per student and test ${counted.students}, duplicated ${counted.rows - counted.students}, resent answered with the stored attempt ${again.repeated} of ${students.length}`
		);
	} finally {
		await server.stop();
		await database.close();
	}
}

function report(setup: Setup, phase: string, run: PushRun) {
	const rate = Math.round(run.stored / run.seconds);
	console.log(
		`${setup.name} ${phase.padEnd(7)} ${setup.processes} process(es): ${run.sent} reviews in ${run.seconds.toFixed(1)} s = ${rate} reviews/s stored; push of ${BATCH}: p50 ${quantile(run.latencies, 0.5).toFixed(0)} ms, p95 ${quantile(run.latencies, 0.95).toFixed(0)} ms`
	);
}

async function countRows(database: Database, close = true): Promise<number> {
	const [row] = await database.db.select({ n: count() }).from(reviews);
	if (close) await database.close();
	return row.n;
}

async function pgDatabase(serverUrl: string, name: string) {
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return { database: await openDatabase({ url: url.toString(), poolSize: 2 }), env: { DATABASE_URL: url.toString() }, done: async () => {} };
}

async function pgliteDatabase() {
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-bench-pglite-'));
	return { database: await openDatabase({ dataDir: dir }), env: { FACTDECK_DATA: dir }, done: async () => rmSync(dir, { recursive: true, force: true }) };
}

const pgliteReopen = (dir: string) => openDatabase({ dataDir: dir });

await main();
