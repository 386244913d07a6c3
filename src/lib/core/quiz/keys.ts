/**
 * Keyboard map of the study screen, kept pure so it is testable without a DOM.
 * One model for every card type, as in Anki: Space or Enter shows the answer
 * (a typed answer is submitted by Enter in its box), 1-n pick a choice, T/F answer
 * true or false, Escape says "I don't know" on a typed card; on a choose all
 * that apply card 1-9 tick and untick, and Enter checks it or a matching
 * card (whose selects take the arrows); once the answer is
 * shown, 1-4 rate at once and Space or Enter takes the suggested rating.
 * `?` asks for the key help, Ctrl+Z (or Cmd+Z) undoes.
 */
import type { AnswerMode } from '../srs/format-choice';

/** Where a study session stands: what is on screen, and so what a key may do. */
export type SessionPhase = 'loading' | 'question' | 'answered' | 'done' | 'error';

export type KeyAction =
	| { kind: 'reveal' }
	| { kind: 'choose'; index: number }
	| { kind: 'toggle'; index: number }
	| { kind: 'check' }
	| { kind: 'truefalse'; value: boolean }
	| { kind: 'dontKnow' }
	| { kind: 'rate'; rating: 1 | 2 | 3 | 4 }
	| { kind: 'continue' }
	| { kind: 'help' }
	| { kind: 'undo' };

export interface KeyInput {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	/** True when focus is in a text field: letters and digits belong to it then. */
	inTextField?: boolean;
	/** True when focus is on a button or link: Enter and Space press it, not the page's shortcut. */
	onControl?: boolean;
}

/** What a key press means on the study screen, or null when it means nothing. */
export function keyAction(input: KeyInput, phase: SessionPhase, mode: AnswerMode | null): KeyAction | null {
	const key = input.key;
	if ((input.ctrlKey || input.metaKey) && !input.altKey && key.toLowerCase() === 'z') return { kind: 'undo' };
	if (input.ctrlKey || input.metaKey || input.altKey) return null;
	if (phase === 'loading' || phase === 'error') return null;
	if (key === '?' && !input.inTextField) return { kind: 'help' };
	const activates = (key === ' ' || key === 'Enter') && !input.onControl;

	if (phase === 'question') {
		if (mode === 'typed' && key === 'Escape') return { kind: 'dontKnow' };
		if (input.inTextField) return null; // the answer box handles its own Enter
		if (key === 'Enter' && (mode === 'multi' || mode === 'matching') && !input.onControl) return { kind: 'check' };
		if (mode === 'reveal' && activates) return { kind: 'reveal' };
		if ((mode === 'choice' || mode === 'multi') && /^[1-9]$/.test(key)) return { kind: mode === 'choice' ? 'choose' : 'toggle', index: Number(key) - 1 };
		if (mode === 'truefalse') {
			const k = key.toLowerCase();
			if (k === 't' || k === '1') return { kind: 'truefalse', value: true };
			if (k === 'f' || k === '2') return { kind: 'truefalse', value: false };
		}
		return null;
	}
	if (phase === 'answered') {
		if (/^[1-4]$/.test(key)) return { kind: 'rate', rating: Number(key) as 1 | 2 | 3 | 4 };
		if (activates) return { kind: 'continue' };
	}
	return null;
}

/** One key press as the gate needs it: `code` names the physical key, `timeStamp` is when it went down. */
export interface KeyPress {
	code: string;
	timeStamp: number;
	repeat?: boolean;
}

/**
 * Keeps key presses meant for one card from reaching the next. A key counts from
 * the moment it went down (the event's own time stamp, which is earlier than its
 * handling when the page was busy saving the last answer), and a held key's
 * repeats count from its first press; a press older than the card on screen is
 * dropped. Time stamps only need to share one clock (in the browser,
 * `event.timeStamp` and `performance.now()`).
 */
export class KeyGate {
	#readyAt = -Infinity;
	#downAt = new Map<string, number>();

	/** The card on screen was shown (and focused) at `at`: only keys pressed from then on reach it. */
	ready(at: number): void {
		this.#readyAt = at;
	}

	/** Whether a keydown may act on the card on screen. */
	admits(press: KeyPress): boolean {
		if (!press.repeat) this.#downAt.set(press.code, press.timeStamp);
		// A repeat whose first press was never seen went down before this page knew of it.
		return (this.#downAt.get(press.code) ?? -Infinity) >= this.#readyAt;
	}

	/** The key went up: its next press starts afresh. */
	released(code: string): void {
		this.#downAt.delete(code);
	}
}
