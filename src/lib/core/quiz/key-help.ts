/**
 * The words of the keyboard help: which keys work on the card shown, after its
 * answer, and at any time. It follows keys.ts, which decides what the keys do;
 * kept apart so that only the (lazily loaded) help dialog carries these words.
 */
import type { AnswerMode } from '../srs/format-choice';

/** One line of the help: the keys (any of them) and what they do. */
export interface KeyHelpLine {
	keys: string[];
	does: string;
}

/** A titled group of help lines. */
export interface KeyHelpGroup {
	title: string;
	lines: KeyHelpLine[];
}

const ON_CARD: Record<AnswerMode, KeyHelpGroup> = {
	reveal: { title: 'On this flashcard', lines: [{ keys: ['Space', 'Enter'], does: 'Show the answer' }] },
	choice: {
		title: 'On this multiple choice card',
		lines: [
			{ keys: ['1–4'], does: 'Pick the choice with that number' },
			{ keys: ['Tab'], does: 'Move to a choice (Enter picks it)' }
		]
	},
	multi: {
		title: 'On this choose all that apply card',
		lines: [
			{ keys: ['1–9'], does: 'Tick or untick the choice with that number' },
			{ keys: ['Enter'], does: 'Check the choices ticked' }
		]
	},
	matching: {
		title: 'On this matching card',
		lines: [
			{ keys: ['Tab'], does: 'Move to the next item' },
			{ keys: ['↑', '↓'], does: 'Choose what the item matches' },
			{ keys: ['Enter'], does: 'Check the matches' }
		]
	},
	truefalse: {
		title: 'On this true or false card',
		lines: [
			{ keys: ['T', '1'], does: 'True' },
			{ keys: ['F', '2'], does: 'False' }
		]
	},
	typed: {
		title: 'On this card (type the answer)',
		lines: [
			{ keys: ['Enter'], does: 'Check what you typed' },
			{ keys: ['Esc'], does: "I don't know: show the answer, counted as wrong" }
		]
	}
};

const AFTER_ANSWER: KeyHelpGroup = {
	title: 'Once the answer is shown',
	lines: [
		{ keys: ['1'], does: 'Again' },
		{ keys: ['2'], does: 'Hard' },
		{ keys: ['3'], does: 'Good' },
		{ keys: ['4'], does: 'Easy' },
		{ keys: ['Space', 'Enter'], does: 'Take the suggested rating (Good on a flashcard)' }
	]
};

const ANY_TIME: KeyHelpGroup = {
	title: 'Any time',
	lines: [
		{ keys: ['Ctrl+Z'], does: 'Undo the last answer' },
		{ keys: ['?'], does: 'Show these keys' },
		{ keys: ['Esc'], does: 'Close this help' }
	]
};

/** The help for a card shown in `mode` (null when no card is shown): its own keys first. */
export function keyHelp(mode: AnswerMode | null): KeyHelpGroup[] {
	return mode ? [ON_CARD[mode], AFTER_ANSWER, ANY_TIME] : [ANY_TIME];
}
