import { questionId, slugify } from '$lib/core/bank/ids';

describe('questionId', () => {
	const q = { type: 'cloze', prompt: 'Xi and Moon spoke on ____.', answer: 'January 26' };

	it('is q- followed by 11 base-36 digits', () => {
		expect(questionId(q)).toMatch(/^q-[0-9a-z]{11}$/);
	});

	it('is the same for the same content, however often it is computed', () => {
		expect(questionId({ ...q })).toBe(questionId(q));
		expect(questionId({ answer: q.answer, prompt: q.prompt, type: q.type })).toBe(questionId(q));
	});

	it('ignores surrounding and repeated whitespace', () => {
		expect(questionId({ ...q, prompt: '  Xi and  Moon\nspoke on ____. ', answer: ' January 26 ' })).toBe(questionId(q));
	});

	it('changes when the type, prompt or answer changes', () => {
		const ids = new Set([
			questionId(q),
			questionId({ ...q, type: 'short' }),
			questionId({ ...q, prompt: 'Xi and Moon talked on ____.' }),
			questionId({ ...q, answer: 'January 23' })
		]);
		expect(ids.size).toBe(4);
	});

	it('tells a boolean answer from the same word as text', () => {
		const statement = { type: 'truefalse', prompt: 'Kang spoke with Blinken.' };
		expect(questionId({ ...statement, answer: true })).not.toBe(questionId({ ...statement, answer: 'true' }));
		expect(questionId({ ...statement, answer: true })).not.toBe(questionId({ ...statement, answer: false }));
	});

	it('keeps field boundaries apart', () => {
		expect(questionId({ type: 'short', prompt: 'a b', answer: 'c' })).not.toBe(questionId({ type: 'short', prompt: 'a', answer: 'b c' }));
	});
});

describe('slugify', () => {
	it('makes lowercase words joined by single hyphens', () => {
		expect(slugify('Seeking North Korea Breakthrough, Seoul Looks to Biden!')).toBe('seeking-north-korea-breakthrough-seoul-looks-to-biden');
		expect(slugify('  Xi -- Moon   call  date ')).toBe('xi-moon-call-date');
	});

	it('strips accents and spells out letters without a decomposition', () => {
		expect(slugify('Café Müller à Séoul')).toBe('cafe-muller-a-seoul');
		expect(slugify('Straße Łódź Ærø')).toBe('strasse-lodz-aero');
	});

	it('keeps digits', () => {
		expect(slugify('Korea Diplomacy 2021')).toBe('korea-diplomacy-2021');
	});

	it('never returns an empty slug', () => {
		expect(slugify('')).toBe('bank');
		expect(slugify('!!! ---')).toBe('bank');
		expect(slugify('한국', 'fact')).toBe('fact');
	});

	it('stays within 60 characters, cutting at a word boundary', () => {
		const long = 'the moon administration starts dialogue with the new administration hoping to induce pyongyang';
		const slug = slugify(long);
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(long.replace(/ /g, '-').startsWith(slug)).toBe(true);
		expect(long.split(' ')).toContain(slug.split('-').at(-1));
		expect(slug.endsWith('-')).toBe(false);
	});

	it('cuts one very long word at 60 characters', () => {
		expect(slugify('x'.repeat(100))).toBe('x'.repeat(60));
	});

	it('produces slugs that the bank id rule accepts', () => {
		for (const text of ['A  B', '-a-', 'Ünïcödé—dash', '1. Intro: part (2)']) {
			expect(slugify(text)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		}
	});
});
