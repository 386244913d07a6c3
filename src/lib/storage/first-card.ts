/**
 * What the study page's first card needs, read in one transaction: whether
 * the shipped banks are current, the bank's row, the settings, the queue's
 * head and the questions of the card it picks. Read in turn, each was a
 * transaction of its own, and the card waited for every one after the last.
 */
import type { Question } from '../core/bank/schema';
import type { Settings } from '../core/settings';
import { nextFromHead, type QueueHead } from '../core/srs/queue';
import type { Card } from '../core/srs/types';
import { getBankMeta } from './bank-read';
import { db, type FactdeckDB } from './db';
import { questionsForFact, queueTables, readCounted, readQueueHead, type Scope } from './queue';
import type { BankRow } from './rows';
import { getFlag, getSettings } from './settings';

/** A session's first card and what it was read with; `card` is null when nothing is left to study. */
export interface FirstCard {
	/** The scope's bank; undefined for "Study all", or when the bank is not on this device. */
	bank: Pick<BankRow, 'title'> | undefined;
	settings: Settings;
	head: QueueHead;
	card: Card | null;
	questions: Question[];
}

/** An app flag and the value it must hold for the read to go on. */
export interface FlagCheck {
	key: string;
	value: unknown;
}

/**
 * Reads the first card of `scope` at `now` (`rng` picks among cards due at
 * the same moment, as `nextFromHead`). With `expect`, returns null at once
 * when that flag holds another value: the shipped banks are to be written
 * before anything is shown.
 */
export async function readFirstCard(scope: Scope, now: Date, rng: () => number, expect?: FlagCheck, database: FactdeckDB = db): Promise<FirstCard | null> {
	const tables = [database.meta, database.settings, ...queueTables(database)];
	const read = () =>
		database.transaction('r', tables, async () => {
			const [flag, settings, bank] = await Promise.all([
				expect ? getFlag(expect.key, database) : undefined,
				getSettings(database),
				scope.bankId === undefined ? undefined : getBankMeta(scope.bankId, database)
			]);
			if (expect && flag !== expect.value) return { first: null, uncounted: [] };
			const { head, uncounted } = await readQueueHead(scope, now, settings, database);
			// A head whose counts must be counted first is read again (readCounted): its card waits until then.
			const card = uncounted.length > 0 ? null : nextFromHead(head, rng);
			const questions = card ? await questionsForFact(card.bankId, card.fact, database) : [];
			return { first: { bank, settings, head, card, questions }, uncounted };
		});
	return (await readCounted(database, read)).first;
}
