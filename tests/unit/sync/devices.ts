/**
 * A device for the sync tests: a database of its own (fake-indexeddb), the
 * real storage bound to it, and a fetch of its own to the real server.
 */
import { answerCard } from '$lib/core/srs/scheduler';
import type { Rating } from '$lib/core/srs/types';
import { saveAnswer } from '$lib/storage/answers';
import type { FactdeckDB } from '$lib/storage/db';
import * as storage from '$lib/storage/sync';
import { answerOptions } from '$lib/storage/sync-replay';
import { ServerApi } from '$lib/sync/api';
import type { SyncStore } from '$lib/sync/store';
import { freshDb } from '../storage/helpers';
import { SERVER, type DeviceFetch, type TestServer } from './server';
import { getCard } from '$lib/storage/card-reads';

export interface Device {
	db: FactdeckDB;
	store: SyncStore;
	net: DeviceFetch;
	api: ServerApi;
}

/** The real storage's sync calls on one database. */
export function storeOn(db: FactdeckDB): SyncStore {
	return {
		getSyncMeta: () => storage.getSyncMeta(db),
		setSyncMeta: (patch) => storage.setSyncMeta(patch, db),
		startSyncing: () => storage.startSyncing(db),
		stopSyncing: () => storage.stopSyncing(db),
		outboxSize: () => storage.outboxSize(db),
		onQueued: storage.onQueued,
		nextPush: () => storage.nextPush(db),
		confirmPush: (batch, response) => storage.confirmPush(batch, response, db),
		applyPull: (page, now) => storage.applyPull(page, now, db)
	};
}

/** A new, empty device that can reach the server. */
export function newDevice(server: TestServer): Device {
	const db = freshDb();
	const net = server.device();
	return { db, store: storeOn(db), net, api: new ServerApi(SERVER, net.fetch) };
}

/** Answers the stored card with `rating` at `now`, with the options the study page answers with. */
export async function answer(device: Device, cardId: string, rating: Rating, now: Date): Promise<void> {
	const card = (await getCard(cardId, device.db))!;
	const { card: next, log } = answerCard(card, rating, now, await answerOptions(device.db), 'q0', 1500);
	await saveAnswer(next, log, device.db);
}

/** The cards a device studied, as the scheduler left them: what two devices must agree on. */
export async function studied(device: Device): Promise<unknown[]> {
	const cards = await device.db.cards.toArray();
	return cards
		.filter((c) => c.reps > 0)
		.map(({ id, reps, lapses, state, due, stability, difficulty }) => ({ id, reps, lapses, state, due: due.getTime(), stability, difficulty }))
		.sort((a, b) => a.id.localeCompare(b.id));
}
