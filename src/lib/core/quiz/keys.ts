/**
 * Keyboard map of the study screen, kept pure so it is testable without a DOM.
 * Space/Enter reveal, 1-4 pick a choice or a rating, T/F answer true/false,
 * Enter goes on after an auto-graded answer, Ctrl+Z (or Cmd+Z) undoes.
 */
import type { AnswerMode } from '../srs/format-choice';

/** Where a study session stands: what is on screen, and so what a key may do. */
export type SessionPhase = 'loading' | 'question' | 'answered' | 'done' | 'error';

export type KeyAction =
	| { kind: 'reveal' }
	| { kind: 'choose'; index: number }
	| { kind: 'truefalse'; value: boolean }
	| { kind: 'rate'; rating: 1 | 2 | 3 | 4 }
	| { kind: 'continue' }
	| { kind: 'undo' };

export interface KeyInput {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	/** True when focus is in a text field: letters and digits belong to it then. */
	inTextField?: boolean;
}

/** What a key press means on the study screen, or null when it means nothing. */
export function keyAction(input: KeyInput, phase: SessionPhase, mode: AnswerMode | null, autoGraded: boolean): KeyAction | null {
	const key = input.key;
	if ((input.ctrlKey || input.metaKey) && !input.altKey && key.toLowerCase() === 'z') return { kind: 'undo' };
	if (input.ctrlKey || input.metaKey || input.altKey) return null;
	const digit = /^[1-4]$/.test(key) ? (Number(key) as 1 | 2 | 3 | 4) : null;

	if (phase === 'question') {
		if (input.inTextField) return null; // the answer box handles its own Enter
		if (mode === 'reveal' && (key === ' ' || key === 'Enter')) return { kind: 'reveal' };
		if (mode === 'choice' && digit) return { kind: 'choose', index: digit - 1 };
		if (mode === 'truefalse') {
			const k = key.toLowerCase();
			if (k === 't' || digit === 1) return { kind: 'truefalse', value: true };
			if (k === 'f' || digit === 2) return { kind: 'truefalse', value: false };
		}
		return null;
	}
	if (phase === 'answered') {
		if (digit) return { kind: 'rate', rating: digit };
		if (autoGraded && key === 'Enter') return { kind: 'continue' };
		return null;
	}
	return null;
}
