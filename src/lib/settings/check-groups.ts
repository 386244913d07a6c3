/**
 * Check database's findings in plain words: problems grouped by what they
 * mean to the learner, each group saying what Repair does (or did) about it.
 */
import type { Problem } from '$lib/storage/check';

/** One kind of finding, with the rows it concerns. */
export interface ProblemGroup {
	key: string;
	title: string;
	/** What is wrong, counted. */
	summary: string;
	/** What Repair will do, or, after a repair, what it did. */
	action: string;
	/** The rows concerned, readable, each once. */
	ids: string[];
	/** Per-row words from the check, for groups the learner cannot read from ids alone. */
	details: string[];
}

interface GroupWords {
	title: string;
	summary: (count: number) => string;
	will: string;
	did: string;
}

/** "1 card holds", "2 cards hold": a count with its noun and verb agreeing. */
const counted = (n: number, noun: string, verb: [string, string]) => `${n} ${noun}${n === 1 ? '' : 's'} ${verb[n === 1 ? 0 : 1]}`;
const BELONG: [string, string] = ['belongs', 'belong'];
const HAVE: [string, string] = ['has', 'have'];

const GROUPS: Record<string, GroupWords> = {
	orphans: {
		title: 'Left over from deleted banks',
		summary: (n) => `${counted(n, 'item', BELONG)} to a bank that is no longer on this device (questions, cards, reviews, tests, results or images).`,
		will: 'Repair deletes them; no bank you have uses them.',
		did: 'Deleted.'
	},
	'card-without-question': {
		title: 'Cards without a question',
		summary: (n) => `${counted(n, 'card', BELONG)} to a fact that no question of its bank asks any more, so it can never be shown.`,
		will: 'Repair deletes these cards; their review history stays.',
		did: 'Deleted; their review history stays.'
	},
	'missing-card': {
		title: 'Facts without a card',
		summary: (n) => `${counted(n, 'fact', HAVE)} questions but no card, so it would never come up for study.`,
		will: 'Repair creates a new card for each.',
		did: 'A new card was created for each.'
	},
	damaged: {
		title: 'Damaged cards',
		summary: (n) =>
			`${counted(n, 'card', ['holds', 'hold'])} a schedule that makes no sense (a date that is not a date, a number that is not a number, or an unknown state).`,
		will: 'Repair resets each to New, so it is learned again from the start.',
		did: 'Reset to New.'
	},
	misstored: {
		title: 'Cards stored in the wrong form',
		summary: (n) => `${counted(n, 'card', HAVE)} a date stored as text or a position that is not a whole number.`,
		will: 'Repair converts them; their schedule is kept.',
		did: 'Converted; their schedule was kept.'
	}
};

const OTHER: GroupWords = {
	title: 'Other problems',
	summary: (n) => `${counted(n, 'problem', ['is', 'are'])} of another kind.`,
	will: 'Repair fixes what it can, as each line says.',
	did: 'Repaired as each line says.'
};

function groupOf(kind: string): string {
	if (kind.startsWith('orphan-')) return 'orphans';
	if (kind === 'card-bad-state' || kind === 'card-bad-number' || kind === 'card-bad-date') return 'damaged';
	if (kind === 'card-date-converted' || kind === 'card-bad-order') return 'misstored';
	return kind in GROUPS ? kind : 'other';
}

/** The problems grouped, in a fixed order; `repaired` words the actions in the past. */
export function groupProblems(problems: readonly Problem[], repaired: boolean): ProblemGroup[] {
	const byGroup = new Map<string, Problem[]>();
	for (const p of problems) {
		const key = groupOf(p.kind);
		byGroup.set(key, [...(byGroup.get(key) ?? []), p]);
	}
	const order = [...Object.keys(GROUPS), 'other'];
	return order
		.filter((key) => byGroup.has(key))
		.map((key) => {
			const list = byGroup.get(key)!;
			const words = GROUPS[key] ?? OTHER;
			const ids = [...new Set(list.map((p) => p.id))];
			return {
				key,
				title: words.title,
				summary: words.summary(ids.length),
				action: repaired ? words.did : words.will,
				ids,
				details: key === 'other' ? list.map((p) => p.detail) : []
			};
		});
}
