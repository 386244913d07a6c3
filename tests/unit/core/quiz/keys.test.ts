import { KeyGate, keyAction } from '$lib/core/quiz/keys';
import { keyHelp } from '$lib/core/quiz/key-help';

describe('keyAction', () => {
	it('reveals with Space or Enter on a flashcard', () => {
		expect(keyAction({ key: ' ' }, 'question', 'reveal')).toEqual({ kind: 'reveal' });
		expect(keyAction({ key: 'Enter' }, 'question', 'reveal')).toEqual({ kind: 'reveal' });
	});

	it('leaves Enter and Space to a focused button or link', () => {
		expect(keyAction({ key: 'Enter', onControl: true }, 'question', 'reveal')).toBeNull();
		expect(keyAction({ key: ' ', onControl: true }, 'answered', 'choice')).toBeNull();
		expect(keyAction({ key: '3', onControl: true }, 'answered', 'choice')).toEqual({ kind: 'rate', rating: 3 });
	});

	it('picks a choice with 1 to 9 and ignores 0', () => {
		expect(keyAction({ key: '3' }, 'question', 'choice')).toEqual({ kind: 'choose', index: 2 });
		expect(keyAction({ key: '6' }, 'question', 'choice')).toEqual({ kind: 'choose', index: 5 });
		expect(keyAction({ key: '0' }, 'question', 'choice')).toBeNull();
	});

	it('answers true/false with T and F, or 1 and 2', () => {
		expect(keyAction({ key: 't' }, 'question', 'truefalse')).toEqual({ kind: 'truefalse', value: true });
		expect(keyAction({ key: 'F' }, 'question', 'truefalse')).toEqual({ kind: 'truefalse', value: false });
		expect(keyAction({ key: '2' }, 'question', 'truefalse')).toEqual({ kind: 'truefalse', value: false });
	});

	it('ticks and unticks with 1 to 9 on a choose all that apply card, and checks with Enter', () => {
		expect(keyAction({ key: '2' }, 'question', 'multi')).toEqual({ kind: 'toggle', index: 1 });
		expect(keyAction({ key: '0' }, 'question', 'multi')).toBeNull();
		expect(keyAction({ key: 'Enter' }, 'question', 'multi')).toEqual({ kind: 'check' });
		expect(keyAction({ key: ' ' }, 'question', 'multi')).toBeNull();
		expect(keyAction({ key: 'Enter', onControl: true }, 'question', 'multi')).toBeNull();
		expect(keyAction({ key: '3' }, 'answered', 'multi')).toEqual({ kind: 'rate', rating: 3 });
	});

	it('checks a matching card with Enter, leaving digits and arrows to its selects', () => {
		expect(keyAction({ key: 'Enter' }, 'question', 'matching')).toEqual({ kind: 'check' });
		expect(keyAction({ key: '1' }, 'question', 'matching')).toBeNull();
		expect(keyAction({ key: 'ArrowDown' }, 'question', 'matching')).toBeNull();
		expect(keyAction({ key: 'Enter' }, 'answered', 'matching')).toEqual({ kind: 'continue' });
	});

	it('leaves keys to the answer box while typing, but Escape says "I don\'t know"', () => {
		expect(keyAction({ key: '1', inTextField: true }, 'question', 'typed')).toBeNull();
		expect(keyAction({ key: 'Enter', inTextField: true }, 'question', 'typed')).toBeNull();
		expect(keyAction({ key: '?', inTextField: true }, 'question', 'typed')).toBeNull();
		expect(keyAction({ key: 'Escape', inTextField: true }, 'question', 'typed')).toEqual({ kind: 'dontKnow' });
		expect(keyAction({ key: 'Escape' }, 'question', 'choice')).toBeNull();
	});

	it('rates with 1-4 at once on every card type once the answer is shown', () => {
		for (const mode of ['reveal', 'choice', 'truefalse', 'typed'] as const) {
			expect(keyAction({ key: '1' }, 'answered', mode)).toEqual({ kind: 'rate', rating: 1 });
			expect(keyAction({ key: '4' }, 'answered', mode)).toEqual({ kind: 'rate', rating: 4 });
			expect(keyAction({ key: '5' }, 'answered', mode)).toBeNull();
		}
	});

	it('takes the suggested rating with Space or Enter once the answer is shown, flashcards included', () => {
		expect(keyAction({ key: 'Enter' }, 'answered', 'choice')).toEqual({ kind: 'continue' });
		expect(keyAction({ key: 'Enter' }, 'answered', 'reveal')).toEqual({ kind: 'continue' });
		expect(keyAction({ key: ' ' }, 'answered', 'typed')).toEqual({ kind: 'continue' });
	});

	it('asks for the key help with ?, outside a text field', () => {
		expect(keyAction({ key: '?' }, 'question', 'choice')).toEqual({ kind: 'help' });
		expect(keyAction({ key: '?' }, 'answered', 'reveal')).toEqual({ kind: 'help' });
		expect(keyAction({ key: '?' }, 'done', null)).toEqual({ kind: 'help' });
	});

	it('undoes with Ctrl+Z or Cmd+Z in any phase, but not with other modifiers', () => {
		expect(keyAction({ key: 'z', ctrlKey: true }, 'question', 'choice')).toEqual({ kind: 'undo' });
		expect(keyAction({ key: 'Z', metaKey: true }, 'done', null)).toEqual({ kind: 'undo' });
		expect(keyAction({ key: '1', ctrlKey: true }, 'answered', 'reveal')).toBeNull();
	});

	it('does nothing while loading, on an error, or with nothing to do when done', () => {
		expect(keyAction({ key: ' ' }, 'loading', 'reveal')).toBeNull();
		expect(keyAction({ key: '?' }, 'error', null)).toBeNull();
		expect(keyAction({ key: '1' }, 'done', null)).toBeNull();
		expect(keyAction({ key: 'Enter' }, 'done', null)).toBeNull();
	});
});

describe('KeyGate', () => {
	it('lets every key through before a card is shown', () => {
		expect(new KeyGate().admits({ code: 'Enter', timeStamp: 5 })).toBe(true);
	});

	it('drops a key pressed before the card was shown, even when handled after it', () => {
		const gate = new KeyGate();
		gate.ready(100);
		expect(gate.admits({ code: 'Enter', timeStamp: 99 })).toBe(false);
		expect(gate.admits({ code: 'Enter', timeStamp: 100 })).toBe(true);
		expect(gate.admits({ code: 'Digit3', timeStamp: 140 })).toBe(true);
	});

	it("drops a held key's repeats when it went down before the card, until it is let go", () => {
		const gate = new KeyGate();
		expect(gate.admits({ code: 'Enter', timeStamp: 90 })).toBe(true); // on the last card
		gate.ready(100);
		expect(gate.admits({ code: 'Enter', timeStamp: 130, repeat: true })).toBe(false);
		gate.released('Enter');
		expect(gate.admits({ code: 'Enter', timeStamp: 160 })).toBe(true);
		expect(gate.admits({ code: 'Enter', timeStamp: 190, repeat: true })).toBe(true);
	});

	it('drops a repeat whose first press it never saw', () => {
		const gate = new KeyGate();
		gate.ready(100);
		expect(gate.admits({ code: 'Space', timeStamp: 150, repeat: true })).toBe(false);
	});
});

describe('keyHelp', () => {
	it("lists the shown card's own keys first, then rating and general keys", () => {
		const typed = keyHelp('typed');
		expect(typed.map((g) => g.title)).toEqual(['On this card (type the answer)', 'Once the answer is shown', 'Any time']);
		expect(typed[0].lines.find((l) => l.keys.includes('Esc'))?.does).toMatch(/I don't know/);
		expect(keyHelp('reveal')[0].lines[0].keys).toEqual(['Space', 'Enter']);
		expect(keyHelp('choice')[0].lines[0].keys).toEqual(['1–4']);
	});

	it('says the rating keys match the rating names', () => {
		const rates = keyHelp('choice')[1]
			.lines.slice(0, 4)
			.map((l) => `${l.keys[0]} ${l.does}`);
		expect(rates).toEqual(['1 Again', '2 Hard', '3 Good', '4 Easy']);
	});

	it('lists only the general keys with no card shown', () => {
		expect(keyHelp(null).map((g) => g.title)).toEqual(['Any time']);
	});
});
