import { clashingNeighbours } from '$lib/core/quiz/giveaway';
import { choiceLetter, printableQuiz } from '$lib/core/quiz/print';
import { realisticBank, smallBank } from '../share/fixtures';
import { bank as kindsBank } from './new-kinds';

describe('printableQuiz', () => {
	it('numbers the questions, letters the choices, and keeps the answers to a separate key', () => {
		const quiz = printableQuiz(smallBank(), ['q-1', 'q-2', 'q-3', 'q-4', 'q-5']);
		expect(quiz.title).toBe('Korean capitals');
		expect(quiz.items.map((item) => [item.number, item.kind])).toEqual([
			[1, 'flashcard'],
			[2, 'cloze'],
			[3, 'mcq'],
			[4, 'truefalse'],
			[5, 'short']
		]);
		expect(quiz.items[2].choices).toEqual([
			{ letter: 'A', text: 'Busan' },
			{ letter: 'B', text: 'Seoul' },
			{ letter: 'C', text: 'Incheon' },
			{ letter: 'D', text: 'Daegu' }
		]);
		expect(quiz.items[3].choices).toEqual([
			{ letter: 'A', text: 'True' },
			{ letter: 'B', text: 'False' }
		]);
		expect(quiz.items[4].choices).toBeUndefined();
		expect(JSON.stringify(quiz.items)).not.toContain('Pyeongyang');
		expect(quiz.key).toEqual([
			{ number: 1, answer: 'Seoul' },
			{ number: 2, answer: 'Seoul' },
			{ number: 3, answer: 'B. Seoul' },
			{ number: 4, answer: 'A. True' },
			{ number: 5, answer: 'Pyongyang', accept: ['Pyeongyang'] }
		]);
	});

	it('prints just the chosen questions, in the order given', () => {
		const quiz = printableQuiz(smallBank(), ['q-5', 'q-3', 'missing', 'q-5']);
		expect(quiz.items.map((item) => [item.number, item.prompt])).toEqual([
			[1, 'What is the capital of North Korea?'],
			[2, 'What is the capital of South Korea?']
		]);
		expect(quiz.key[1]).toEqual({ number: 2, answer: 'B. Seoul' });
	});
});

describe('printableQuiz on the whole bank', () => {
	it('prints one question per fact, none next to one that gives its answer away', () => {
		const bank = realisticBank(100);
		const quiz = printableQuiz(bank);
		const byPrompt = new Map(bank.questions.map((q) => [q.prompt, q]));
		const printed = quiz.items.map((item) => byPrompt.get(item.prompt)!);
		expect(printed).toHaveLength(new Set(bank.questions.map((q) => q.fact)).size);
		expect(new Set(printed.map((q) => q.fact)).size).toBe(printed.length);
		expect(clashingNeighbours(printed)).toEqual([]);
		expect(printableQuiz(smallBank()).items.map((item) => item.kind)).toEqual(['flashcard', 'truefalse']);
	});
});

describe('choiceLetter', () => {
	it('goes A to Z, then AA', () => {
		expect([0, 1, 25, 26, 27, 51, 52].map(choiceLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
	});
});

describe('printableQuiz: choose all that apply, matching and numbers', () => {
	it('gives boxes to tick, two columns to match and a line for the number, with their keys', () => {
		const quiz = printableQuiz(kindsBank, ['colours', 'sounds', 'year']);
		const [multi, matching, year] = quiz.items;
		expect(multi.kind).toBe('multi');
		expect(multi.choices?.map((c) => c.text)).toEqual(['Blue', 'Green', 'White', 'Red']);
		expect(matching.lefts).toEqual(['Cat', 'Dog']);
		expect(matching.rights?.map((r) => r.text).toSorted()).toEqual(['Meow', 'Moo', 'Woof']);
		expect(year.choices).toBeUndefined();
		const letterOf = (text: string) => matching.rights?.find((r) => r.text === text)?.letter;
		expect(quiz.key).toEqual([
			{ number: 1, answer: 'A. Blue; C. White; D. Red' },
			{ number: 2, answer: `Cat → ${letterOf('Meow')}. Meow; Dog → ${letterOf('Woof')}. Woof` },
			{ number: 3, answer: '1815', accept: ['1815 ± 5 for 50%'] }
		]);
	});
});
