/**
 * The card browser's storage: every question of every bank joined with its
 * card, read in one transaction, and the bulk actions on a selection. Each
 * action is one transaction: a bank edited through it is saved whole by
 * writeBank (so card progress is kept by fact, and the bank becomes the
 * learner's own), and the per-bank counts are rewritten in the same step.
 */
import type { Bank, Question } from '../core/bank/schema';
import { contentHash } from '../core/bank/hash';
import type { BrowseRow, QuestionRef } from '../core/browse/row';
import { cardId } from '../core/srs/card';
import { CardStateKind, type Card } from '../core/srs/types';
import { toBank } from './bank-rows';
import { bankTables, writeBank } from './banks';
import { countTables } from './counts';
import { countBank } from './counting';
import { db, type FactdeckDB } from './db';
import { cardsById } from './card-reads';
import { outboxTables, queueDocs } from './outbox';
import { allQuestionRows, bankQuestionRows } from './question-pages';
import { bankCards } from './ranges';
import type { BankRow, QuestionRow } from './rows';

/** The browser's row for a stored question and its card (undefined: its fact's New card has no row, new-cards.ts). */
function toRow(q: QuestionRow, bank: BankRow, card: Card | undefined): BrowseRow {
	return {
		bankId: q.bankId,
		bankTitle: bank.title,
		questionId: q.id,
		fact: q.fact,
		type: q.type,
		prompt: q.prompt,
		answer: typeof q.answer === 'boolean' ? (q.answer ? 'True' : 'False') : q.answer,
		tags: q.tags ?? [],
		source: q.source?.text ?? '',
		cardId: cardId(q.bankId, q.fact),
		state: card?.state ?? CardStateKind.New,
		due: card?.due.getTime() ?? bank.addedAt.getTime(),
		suspended: card?.suspended === 1,
		position: q.position
	};
}

/** Every question of the given banks (of all banks when absent) as browser rows, in one read transaction. */
export async function loadBrowseRows(bankIds?: readonly string[], database: FactdeckDB = db): Promise<BrowseRow[]> {
	return database.transaction('r', [database.banks, database.questionPages, database.cards], async () => {
		const [banks, questions, cards] = await Promise.all(
			bankIds === undefined
				? [database.banks.toArray(), allQuestionRows(database), database.cards.toArray()]
				: [
						database.banks.bulkGet([...bankIds]).then((rows) => rows.filter((r) => r !== undefined)),
						Promise.all(bankIds.map((id) => bankQuestionRows(database, id))).then((lists) => lists.flat()),
						Promise.all(bankIds.map((id) => bankCards(database, id).toArray())).then((lists) => lists.flat())
					]
		);
		const byBank = new Map(banks.map((b) => [b.id, b]));
		const byId = new Map(cards.map((c) => [c.id, c]));
		return questions.filter((q) => byBank.has(q.bankId)).map((q) => toRow(q, byBank.get(q.bankId)!, byId.get(cardId(q.bankId, q.fact))));
	});
}

/** Suspends (or unsuspends) the cards; returns how many changed. The banks' New-card counts follow in the same transaction. */
export async function setSuspended(cardIds: readonly string[], suspended: boolean, database: FactdeckDB = db): Promise<number> {
	const { cards } = database;
	return database.transaction('rw', [...countTables(database), ...outboxTables(database)], async () => {
		// A New card without a row gets one: being suspended is a state of its own.
		const stored = (await cardsById(database, [...new Set(cardIds)])).filter((c) => c !== undefined);
		const changed = stored.filter((c) => (c.suspended === 1) !== suspended);
		const next = changed.map((card) => {
			const { suspended: _old, ...rest } = card;
			// Absent rather than 0 when unsuspended: only suspended cards belong in the sparse indexes.
			return suspended ? { ...rest, suspended: 1 as const } : rest;
		});
		if (next.length === 0) return 0;
		await cards.bulkPut(next);
		await queueDocs(
			database,
			changed.map((c) => ({ kind: 'card', bankId: c.bankId, key: c.fact }))
		);
		await recount(database, new Set(changed.map((c) => c.bankId)));
		return changed.length;
	});
}

/** Counts the banks again inside the current transaction (over cards, reviews and bankCounts). */
async function recount(database: FactdeckDB, bankIds: Iterable<string>): Promise<void> {
	for (const id of bankIds) await database.bankCounts.put(await countBank(database, id));
}

/** The selected question ids, by bank. */
function byBank(refs: readonly QuestionRef[]): Map<string, Set<string>> {
	const map = new Map<string, Set<string>>();
	for (const { bankId, questionId } of refs) {
		const set = map.get(bankId) ?? new Set<string>();
		set.add(questionId);
		map.set(bankId, set);
	}
	return map;
}

/** Reads a stored bank inside the current transaction. */
async function readBank(database: FactdeckDB, id: string): Promise<Bank | undefined> {
	const row = await database.banks.get(id);
	return row && toBank(row, await bankQuestionRows(database, id));
}

/**
 * Changes the selected questions' banks with `edit` (given each bank and its
 * selected ids) and saves them, in one transaction. Returns how many of the
 * selected questions were found.
 */
async function editBanks(
	refs: readonly QuestionRef[],
	now: Date,
	edit: (bank: Bank, selected: Set<string>) => Question[],
	database: FactdeckDB
): Promise<number> {
	return database.transaction('rw', bankTables(database), async () => {
		let found = 0;
		for (const [bankId, selected] of byBank(refs)) {
			const bank = await readBank(database, bankId);
			if (!bank) continue;
			found += bank.questions.filter((q) => selected.has(q.id)).length;
			const edited = { ...bank, questions: edit(bank, selected) };
			await writeBank(database, edited, contentHash(edited), now, false);
		}
		return found;
	});
}

/** Deletes the questions; a card whose fact has no question left goes with them (its review log stays, as history). */
export function deleteQuestions(refs: readonly QuestionRef[], now: Date, database: FactdeckDB = db): Promise<number> {
	return editBanks(refs, now, (bank, selected) => bank.questions.filter((q) => !selected.has(q.id)), database);
}

/** Adds `tag` to the questions, or removes it; returns how many questions were found. */
export function tagQuestions(refs: readonly QuestionRef[], tag: string, add: boolean, now: Date, database: FactdeckDB = db): Promise<number> {
	const retag = (q: Question): Question => {
		const tags = (q.tags ?? []).filter((t) => t !== tag);
		if (add) tags.push(tag);
		const { tags: _old, ...rest } = q;
		// No empty list: a question without tags has none, as the bank schema writes it.
		return tags.length > 0 ? { ...rest, tags } : rest;
	};
	return editBanks(refs, now, (bank, selected) => bank.questions.map((q) => (selected.has(q.id) ? retag(q) : q)), database);
}

/** An id not yet used in the bank: the question's own, or it with a number added. */
function freeId(id: string, taken: Set<string>): string {
	let free = id;
	for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
	taken.add(free);
	return free;
}

/**
 * Moves the questions to the end of bank `targetId`, in one transaction. A
 * fact that leaves its bank whole takes its card's progress along, unless the
 * target already has a card for that fact (then the two questions share it).
 * A question id already used in the target gets a number added.
 */
export async function moveQuestions(refs: readonly QuestionRef[], targetId: string, now: Date, database: FactdeckDB = db): Promise<number> {
	const moving = refs.filter((r) => r.bankId !== targetId);
	return database.transaction('rw', bankTables(database), async () => {
		const target = await readBank(database, targetId);
		if (!target) throw new Error(`There is no bank "${targetId}" to move the questions to.`);
		const taken = new Set(target.questions.map((q) => q.id));
		const arriving: Question[] = [];
		const progress: Card[] = [];
		for (const [bankId, selected] of byBank(moving)) {
			const bank = await readBank(database, bankId);
			if (!bank) continue;
			const leaving = bank.questions.filter((q) => selected.has(q.id));
			const staying = bank.questions.filter((q) => !selected.has(q.id));
			const stayingFacts = new Set(staying.map((q) => q.fact));
			const wholeFacts = [...new Set(leaving.map((q) => q.fact))].filter((f) => !stayingFacts.has(f));
			const cards = await database.cards.bulkGet(wholeFacts.map((f) => cardId(bankId, f)));
			// A card never studied nor suspended has nothing to carry (often no row): the target has its own.
			progress.push(...cards.filter((c): c is Card => c !== undefined && (c.state !== CardStateKind.New || c.suspended === 1)));
			arriving.push(...leaving.map((q) => ({ ...q, id: freeId(q.id, taken) })));
			const edited = { ...bank, questions: staying };
			await writeBank(database, edited, contentHash(edited), now, false);
		}
		if (arriving.length === 0) return 0;
		const before = new Set(target.questions.map((q) => q.fact));
		const moved = { ...target, questions: [...target.questions, ...arriving] };
		await writeBank(database, moved, contentHash(moved), now, false);
		const carried = progress.filter((c) => !before.has(c.fact));
		if (carried.length > 0) {
			const placed = await cardsById(
				database,
				carried.map((c) => cardId(targetId, c.fact))
			);
			await database.cards.bulkPut(carried.map((c, i) => ({ ...c, id: cardId(targetId, c.fact), bankId: targetId, order: placed[i]!.order })));
			await recount(database, [targetId]);
		}
		return arriving.length;
	});
}
