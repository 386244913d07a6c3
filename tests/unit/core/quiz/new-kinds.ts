/** A choose all that apply, a matching and a number question, and a bank of the three, for the tests of partial credit. */
import type { Bank, Question } from '$lib/core/bank/schema';

export const multi: Question = {
	id: 'colours',
	fact: 'flag',
	type: 'multi',
	prompt: 'Which colours are on the French flag?',
	answer: 'Blue\nWhite\nRed',
	choices: ['Blue', 'Green', 'White', 'Red'],
	weights: [33.33333, -100, 33.33333, 33.33333]
};
export const matching: Question = {
	id: 'sounds',
	fact: 'sounds',
	type: 'matching',
	prompt: 'Match the animal to its sound.',
	answer: 'Cat → Meow\nDog → Woof',
	pairs: [
		{ left: 'Cat', right: 'Meow' },
		{ left: 'Dog', right: 'Woof' },
		{ left: '', right: 'Moo' }
	]
};
export const numerical: Question = {
	id: 'year',
	fact: 'waterloo',
	type: 'numerical',
	prompt: 'In which year was Waterloo?',
	answer: '1815',
	numbers: [
		{ value: 1815, tolerance: 0, credit: 100 },
		{ value: 1815, tolerance: 5, credit: 50 }
	]
};
export const bank: Bank = { format: 'factdeck.bank', version: 1, id: 'mixed', title: 'Mixed', questions: [multi, matching, numerical] };
