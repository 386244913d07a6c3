import { answerText, booleanAnswer, truthWord } from '$lib/core/quiz/answer-text';
import { question } from './question';

describe('answerText', () => {
	it.each([
		[question(true), 'True'],
		[question(false), 'False'],
		[question('true', { type: 'truefalse' }), 'True'],
		[question('Moon Jae-in'), 'Moon Jae-in'],
		[question('true', { type: 'short' }), 'true']
	])('%#: %s', (q, text) => {
		expect(answerText(q)).toBe(text);
	});
});

describe('booleanAnswer', () => {
	it.each([
		[question(true), true],
		[question('No.', { type: 'truefalse' }), false],
		[question('maybe', { type: 'truefalse' }), undefined],
		[question('yes', { type: 'short' }), undefined]
	])('%#: %s', (q, value) => {
		expect(booleanAnswer(q)).toBe(value);
	});
});

describe('truthWord', () => {
	it.each([
		['Yes', true],
		[' T. ', true],
		['false!', false],
		['n', false],
		['not sure', undefined]
	])('%j → %s', (text, value) => {
		expect(truthWord(text)).toBe(value);
	});
});
