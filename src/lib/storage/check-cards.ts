/**
 * The card half of Check database: what can be wrong with one stored card
 * and how it is put right. Nothing here touches storage; a card is read as
 * untyped data, because a damaged row may hold anything.
 */
import { createCard } from '../core/srs/scheduler';
import type { Card } from '../core/srs/types';

/** One thing Check database found. */
export interface Problem {
	kind: string;
	/** The row, readable: compound keys and card ids joined with " / ". */
	id: string;
	detail: string;
}

/** A key as a person reads it. */
export function showKey(key: unknown): string {
	return Array.isArray(key) ? key.map(showKey).join(' / ') : String(key).replace(/\u0000/g, ' / ');
}

const COUNTS = ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses'] as const;

/** A valid Date from what was stored: a Date, or a string or number that parses; undefined otherwise. */
function asDate(value: unknown): Date | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The problems of a card whose bank and fact exist (`firstOrder` is where
 * its fact first appears), and the card as repaired (undefined when sound).
 * A date that parses is converted; anything that cannot be trusted (a bad
 * number, an unparseable date, an unknown state) resets the card to New, as
 * a memory state built on a wrong value would only schedule it wrongly.
 */
export function inspectCard(card: Record<string, unknown>, firstOrder: number, now: Date): { problems: Problem[]; repaired?: Card } {
	const id = showKey(card.id);
	const problems: Problem[] = [];
	// Each cause of a reset is reported; the card is reset once.
	const resets: Problem[] = [];
	const reset = (kind: string, what: string) => resets.push({ kind, id, detail: `${what}; the card was reset to New.` });
	const fixed: Record<string, unknown> = { ...card };

	if (![0, 1, 2, 3].includes(card.state as number)) reset('card-bad-state', `The card's state ${JSON.stringify(card.state)} is unknown`);
	for (const key of COUNTS) {
		const v = card[key];
		if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) reset('card-bad-number', `The card's ${key} is ${String(v)}`);
	}
	for (const key of ['due', 'last_review'] as const) {
		const v = card[key];
		if (v instanceof Date && !Number.isNaN(v.getTime())) continue;
		if (key === 'last_review' && v === undefined) continue;
		const date = asDate(v);
		if (!date) reset('card-bad-date', `The card's ${key} ${JSON.stringify(v)} is not a date`);
		else {
			fixed[key] = date;
			problems.push({
				kind: 'card-date-converted',
				id,
				detail: `The card's ${key} was stored as the ${typeof v} ${JSON.stringify(v)}; it was converted to a date.`
			});
		}
	}
	if (!Number.isInteger(card.order) || (card.order as number) < 0) {
		fixed.order = firstOrder;
		problems.push({ kind: 'card-bad-order', id, detail: `The card's order ${String(card.order)} was set to ${firstOrder}, where its fact first appears.` });
	}

	if (resets.length) {
		const fresh: Card = { ...createCard(String(card.bankId), String(card.fact), firstOrder, now), id: String(card.id) };
		if (typeof card.lastQuestionId === 'string') fresh.lastQuestionId = card.lastQuestionId;
		// A reset supersedes the smaller repairs above: report only its causes.
		return { problems: resets, repaired: fresh };
	}
	return problems.length ? { problems, repaired: fixed as unknown as Card } : { problems };
}
