import { keyAction } from '$lib/core/quiz/keys';

describe('keyAction', () => {
	it('reveals with Space or Enter on a self-graded card', () => {
		expect(keyAction({ key: ' ' }, 'question', 'reveal', false)).toEqual({ kind: 'reveal' });
		expect(keyAction({ key: 'Enter' }, 'question', 'reveal', false)).toEqual({ kind: 'reveal' });
	});

	it('picks a choice with 1-4 and ignores other digits', () => {
		expect(keyAction({ key: '3' }, 'question', 'choice', true)).toEqual({ kind: 'choose', index: 2 });
		expect(keyAction({ key: '5' }, 'question', 'choice', true)).toBeNull();
	});

	it('answers true/false with T and F', () => {
		expect(keyAction({ key: 't' }, 'question', 'truefalse', true)).toEqual({ kind: 'truefalse', value: true });
		expect(keyAction({ key: 'F' }, 'question', 'truefalse', true)).toEqual({ kind: 'truefalse', value: false });
	});

	it('leaves keys to the answer box while typing', () => {
		expect(keyAction({ key: '1', inTextField: true }, 'question', 'typed', true)).toBeNull();
		expect(keyAction({ key: 'Enter', inTextField: true }, 'question', 'typed', true)).toBeNull();
	});

	it('rates with 1-4 once answered, and Enter goes on only after an auto-graded answer', () => {
		expect(keyAction({ key: '4' }, 'answered', 'reveal', false)).toEqual({ kind: 'rate', rating: 4 });
		expect(keyAction({ key: 'Enter' }, 'answered', 'choice', true)).toEqual({ kind: 'continue' });
		expect(keyAction({ key: 'Enter' }, 'answered', 'reveal', false)).toBeNull();
	});

	it('undoes with Ctrl+Z or Cmd+Z in any phase, but not with other modifiers', () => {
		expect(keyAction({ key: 'z', ctrlKey: true }, 'question', 'choice', true)).toEqual({ kind: 'undo' });
		expect(keyAction({ key: 'Z', metaKey: true }, 'done', null, false)).toEqual({ kind: 'undo' });
		expect(keyAction({ key: '1', ctrlKey: true }, 'answered', 'reveal', false)).toBeNull();
	});

	it('does nothing while loading or when done', () => {
		expect(keyAction({ key: ' ' }, 'loading', 'reveal', false)).toBeNull();
		expect(keyAction({ key: '1' }, 'done', null, false)).toBeNull();
	});
});
