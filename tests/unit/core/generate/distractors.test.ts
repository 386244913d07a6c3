import { analyze } from '$lib/core/generate/extract/index';
import { arrangeChoices, distractorsFor, formatDate } from '$lib/core/generate/distractors';
import { article, SEED } from './fixtures';

const seed = analyze(article(SEED), '2021-02-03');
const mention = (text: string, a = seed) => a.mentions.find((m) => m.text === text)!;

describe('distractors', () => {
	it('takes dates of the same form from the article, nearest first', () => {
		expect(distractorsFor(seed, mention('January 26'), 3, () => false)).toEqual(['January 27', 'January 23', 'January 20']);
	});

	it('takes people written like the answer: full names for a full name, short forms for a short form', () => {
		const full = distractorsFor(seed, mention('Kang Kyung-wha'), 3, () => false);
		expect(full.every((c) => c.includes(' '))).toBe(true);
		const short = distractorsFor(seed, mention('Wit'), 3, () => false);
		expect(short.every((c) => !c.includes(' '))).toBe(true);
		expect(short).not.toContain('Wit');
	});

	it('leaves out anything the caller rules out (the sentence’s own words)', () => {
		expect(distractorsFor(seed, mention('January 26'), 3, (t) => t === 'January 27')).not.toContain('January 27');
	});

	it('makes up nearby dates and scaled numbers only when the article lacks enough', () => {
		const a = analyze('The probe launched on July 14, 2023, and weighed 1,750 kilograms at launch.', '2023-09-20');
		// A day months apart, so a choice tests when it happened rather than the exact day; none after the article was written.
		expect(distractorsFor(a, mention('July 14, 2023', a), 3, () => false)).toEqual(['September 14, 2023', 'April 14, 2023', 'December 14, 2022']);
		const end = analyze('The court ruled on 31 March 1973.', '2024-01-01');
		expect(distractorsFor(end, mention('31 March 1973', end), 3, () => false)).toEqual(['31 May 1973', '31 December 1972', '31 August 1973']);
		// A month and year likewise: "May 1934" against "June 1934" would test the month.
		const storm = analyze('A huge storm carried dust as far as Chicago in May 1934.', '2024-01-01');
		expect(distractorsFor(storm, mention('May 1934', storm), 3, () => false)).toEqual(['July 1934', 'February 1934', 'October 1934']);
		expect(distractorsFor(a, mention('1,750 kilograms', a), 3, () => false)).toEqual(['2,280 kilograms', '1,310 kilograms', '2,800 kilograms']);
		// Years stand well apart, so a choice tests the fact rather than the last digit.
		const year = analyze('The tunnel was first proposed in 1802 by a French engineer.');
		expect(distractorsFor(year, mention('1802', year), 3, () => false)).toEqual(['1796', '1807', '1790']);
	});

	it('makes up round numbers for a round answer, none the same as another or the answer', () => {
		const a = analyze('The palace held a library of some 70,000 volumes. The city had a population of roughly 200,000.', '2024-01-01');
		const volumes = distractorsFor(a, mention('70,000', a), 3, () => false);
		expect(volumes).toEqual(['90,000', '55,000', '110,000']);
		const people = distractorsFor(a, mention('200,000', a), 3, () => false);
		expect(new Set([...people, '200,000']).size).toBe(4);
		expect(people.every((c) => Number(c.replace(/,/g, '')) % 50_000 === 0)).toBe(true);
	});

	it('never makes up a year after the article was published', () => {
		const a = analyze('The two scientists were awarded the Nobel Prize in 2023.', '2025-03-01');
		const wrong = distractorsFor(a, mention('2023', a), 3, () => false);
		expect(wrong).toHaveLength(3);
		expect(wrong.every((y) => Number(y) <= 2025)).toBe(true);
	});

	it('never makes up a share above the whole', () => {
		const a = analyze('In a survey, 72% of teachers called phones a problem.', '2024-01-01');
		const wrong = distractorsFor(a, mention('72%', a), 3, () => false);
		expect(wrong).toHaveLength(3);
		expect(wrong.every((c) => Number.parseFloat(c) <= 100)).toBe(true);
	});

	it('offers no woman for a man the article calls "her boyfriend", and no man for a woman', () => {
		const a = analyze(
			'Kathrine Switzer set off with her boyfriend, Tom Miller. Will Cloney ran the race. Jock Semple, a trainer who was co-director, chased the runners, and he shouted. Nina Kuscsik won in 1972, and she later ran again. Switzer finished, and she was proud. Arnie Briggs, a marathoner who coached runners, said he was proud.',
			'2026-12-06'
		);
		const wrong = distractorsFor(a, mention('Tom Miller', a), 3, () => false);
		expect(wrong).toHaveLength(3);
		expect(wrong).not.toContain('Kathrine Switzer');
		expect(wrong).not.toContain('Nina Kuscsik');
	});

	it('never offers people for a date or dates for a person', () => {
		const choices = distractorsFor(seed, mention('Kang Kyung-wha'), 3, () => false);
		expect(choices.some((c) => /\d/.test(c))).toBe(false);
	});

	it('orders choices by content, so the same question always lists them the same way', () => {
		const one = arrangeChoices('January 26', ['January 20', 'January 23', 'January 27'], 'prompt');
		expect(arrangeChoices('January 26', ['January 27', 'January 20', 'January 23'], 'prompt')).toEqual(one);
		expect(one).toHaveLength(4);
		expect(formatDate('2019-06-30', 'mdy')).toBe('June 30, 2019');
	});
});
