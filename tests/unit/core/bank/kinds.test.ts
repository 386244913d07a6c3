import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, typeCount, typeName } from '$lib/core/bank/kinds';

describe('typeName', () => {
	it.each(QUESTION_TYPES)('gives %s a plain name, never an internal one', (type) => {
		const name = typeName(type);
		expect(name).toMatch(/^[A-Z][a-z ]+$/);
		expect(name).not.toMatch(/mcq|truefalse|cloze|short answer/i);
	});

	it('names each type as the app does everywhere', () => {
		expect(QUESTION_TYPES.map(typeName)).toEqual([
			'Flashcard',
			'Fill in the blank',
			'Multiple choice',
			'True or false',
			'Typed answer',
			'Choose all that apply',
			'Matching',
			'Number'
		]);
	});

	it('gives every type its own name', () => {
		expect(new Set(QUESTION_TYPES.map(typeName)).size).toBe(QUESTION_TYPES.length);
	});
});

describe('typeCount', () => {
	it('uses the singular for one and the plural otherwise', () => {
		expect(typeCount('flashcard', 1)).toBe('1 flashcard');
		expect(typeCount('short', 3)).toBe('3 typed answers');
		expect(typeCount('mcq', 2)).toBe('2 multiple choice');
		expect(typeCount('cloze', 0)).toBe('0 fill in the blanks');
	});
});
