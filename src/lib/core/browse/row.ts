/**
 * What the card browser lists: one row per question, with the state of the
 * card (the fact) it shares with its bank's other questions of that fact.
 */
import type { QuestionType } from '../bank/kinds';
import { CardStateKind } from '../srs/types';

export interface BrowseRow {
	bankId: string;
	bankTitle: string;
	questionId: string;
	fact: string;
	type: QuestionType;
	prompt: string;
	/** The answer as text ("True" / "False" for a true-or-false question). */
	answer: string;
	tags: readonly string[];
	/** The source sentence, when the question has one. */
	source: string;
	cardId: string;
	state: CardStateKind;
	/** The card's due time, ms. */
	due: number;
	suspended: boolean;
	/** The question's place in its bank. */
	position: number;
}

/** A question of a bank, as the bulk actions name it. */
export interface QuestionRef {
	bankId: string;
	questionId: string;
}

/** The states the browser filters by. "Due" means studied and due by the given time; a suspended card is only "Suspended". */
export const BROWSE_STATES = ['new', 'learning', 'due', 'suspended'] as const;
export type BrowseState = (typeof BROWSE_STATES)[number];

/** Whether the row's card is in `wanted` state, with "due" meaning due by `dueBy` (ms). */
export function inState(row: BrowseRow, wanted: BrowseState, dueBy: number): boolean {
	if (wanted === 'suspended') return row.suspended;
	if (row.suspended) return false;
	if (wanted === 'new') return row.state === CardStateKind.New;
	if (wanted === 'learning') return row.state === CardStateKind.Learning || row.state === CardStateKind.Relearning;
	return row.state !== CardStateKind.New && row.due < dueBy;
}

/** The row's state in a word, as the list shows it. */
export function stateName(row: BrowseRow, dueBy: number): string {
	if (row.suspended) return 'Suspended';
	if (row.state === CardStateKind.New) return 'New';
	if (row.due < dueBy) return 'Due';
	return row.state === CardStateKind.Review ? 'Review' : 'Learning';
}
