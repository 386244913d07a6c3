/**
 * What an Anki export needs besides the bank: the bank's images and, when
 * the learner asks for it, its cards, review log and the settings that say
 * how its days and memory were counted, all read in one transaction.
 */
import { normalizeSettings, type Settings } from '../core/settings';
import type { Card, ReviewLog } from '../core/srs/types';
import { db, type FactdeckDB } from './db';
import { bankMedia, bankReviews } from './bank-ranges';
import { bankCards } from './ranges';
import { SETTINGS_KEY } from './settings';

/** A bank's media by name, and its scheduling when asked for. */
export interface AnkiExportData {
	media: Map<string, Uint8Array>;
	history?: { cards: Card[]; reviews: ReviewLog[] };
	settings: Settings;
}

/** Reads a bank's media, settings and (with `withHistory`) its cards and reviews in one read transaction. */
export async function ankiExportData(bankId: string, withHistory: boolean, database: FactdeckDB = db): Promise<AnkiExportData> {
	const tables = [database.media, database.settings, ...(withHistory ? [database.cards, database.reviews] : [])];
	const { files, settings, cards, reviews } = await database.transaction('r', tables, async () => {
		const [files, settings, cards, reviews] = await Promise.all([
			bankMedia(database, bankId).toArray(),
			database.settings.get(SETTINGS_KEY),
			withHistory ? bankCards(database, bankId).toArray() : undefined,
			withHistory ? bankReviews(database, bankId).toArray() : undefined
		]);
		return { files, settings, cards, reviews };
	});
	// Blobs are read after the transaction: awaiting anything but IndexedDB inside it would end it.
	const media = new Map(await Promise.all(files.map(async (f) => [f.name, new Uint8Array(await f.blob.arrayBuffer())] as [string, Uint8Array])));
	const history = cards && reviews ? { cards, reviews } : undefined;
	return { media, history, settings: normalizeSettings(settings?.value) };
}
