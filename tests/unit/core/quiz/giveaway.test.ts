import type { Question } from '$lib/core/bank/schema';
import { clashingNeighbours, givesAway, keepApart, onePerFact } from '$lib/core/quiz/giveaway';
import { question } from './question';

const q = (id: string, fact: string, prompt: string, answer: string | boolean, extra: Partial<Question> = {}) =>
	question(answer, { id, fact, prompt, ...extra });

const capital = q('q-cap', 'capital', 'What is the capital of South Korea?', 'Seoul');
const mayor = q('q-mayor', 'mayor', 'Who was elected mayor of Seoul in 2021?', 'Oh Se-hoon');
const river = q('q-river', 'river', 'Which river flows through the capital of South Korea?', 'Han');
const border = q('q-border', 'border', 'What line divides the two Koreas?', 'the 38th parallel');

describe('givesAway', () => {
	it('pairs two questions of one fact', () => {
		expect(givesAway(capital, q('q-cap-2', 'capital', '____ is the capital of South Korea.', 'Seoul', { type: 'cloze' }))).toBe(true);
	});

	it('pairs a question with one whose prompt holds its answer, either way round, as whole words', () => {
		expect(givesAway(capital, mayor)).toBe(true);
		expect(givesAway(mayor, capital)).toBe(true);
		expect(givesAway(capital, q('q-x', 'x', 'Who lives in SEOUL, accents and case aside?', 'Kim'))).toBe(true);
		expect(givesAway(capital, q('q-y', 'y', 'Which Seoulite band won?', 'BTS'))).toBe(false);
	});

	it('ignores answers too short to mean anything and true or false', () => {
		expect(givesAway(q('q-z', 'z', 'Who followed Emperor Wu?', 'Zhao'), q('q-wu', 'wu', 'Which emperor built the wall?', 'Wu'))).toBe(false);
		expect(givesAway(river, q('q-han', 'han', 'Name a Han dynasty emperor.', 'Gaozu'))).toBe(true);
		const statement = q('q-tf', 'tf', 'Seoul is the capital.', true);
		expect(givesAway(statement, q('q-t', 't', 'Is it true that the war ended?', 'No'))).toBe(false);
		expect(givesAway(capital, border)).toBe(false);
	});
});

describe('onePerFact', () => {
	it('keeps the first question of each fact, in order', () => {
		const second = q('q-cap-2', 'capital', 'Capital?', 'Seoul');
		expect(onePerFact([capital, border, second, river]).map((x) => x.id)).toEqual(['q-cap', 'q-border', 'q-river']);
	});
});

describe('keepApart', () => {
	it('moves a question away from one that gives it away, otherwise keeping the order', () => {
		const order = keepApart([capital, mayor, border, river]);
		expect(order.map((x) => x.id)).toEqual(['q-cap', 'q-border', 'q-mayor', 'q-river']);
		expect(clashingNeighbours(order)).toEqual([]);
	});

	it('repairs a clash left at the end by moving the last question into a free gap', () => {
		const order = keepApart([border, river, capital, mayor]);
		expect(clashingNeighbours(order)).toEqual([]);
		expect(order).toHaveLength(4);
	});

	it('leaves the clash when nothing can go between, and names it', () => {
		expect(clashingNeighbours(keepApart([capital, mayor]))).toEqual([[0, 1]]);
	});
});
