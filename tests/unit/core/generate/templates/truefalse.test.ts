import { propositions } from '$lib/core/generate/clauses';
import { analyze } from '$lib/core/generate/extract/index';
import { restated, trueElsewhere, trueFalse } from '$lib/core/generate/templates/truefalse';
import type { Analysis, Mention } from '$lib/core/generate/types';
import { article, SEED } from '../fixtures';

/** The answers of the statements made on mention `m` of sentence `sentence` under twelve fact keys, so that both the true and the false branch are tried. */
const answersOver = (b: Analysis, sentence: number, m: Mention) =>
	Array.from({ length: 12 }, (_, k) => trueFalse(b, propositions(b, b.sentences[sentence])[0], m, `fact-${k}`)?.answer);

describe('true/false', () => {
	const a = analyze(article(SEED), '2021-02-03');
	const drafts = a.sentences.flatMap((s) =>
		a.mentions
			.filter((m) => m.sentence === s.index)
			.map((m) => trueFalse(a, propositions(a, s)[0], m, `fact-${s.index}-${m.start}`))
			.filter((d) => d !== undefined)
	);

	it('makes both true and false statements, false ones by swapping in an entity of the same kind', () => {
		expect(drafts.some((d) => d.answer === true)).toBe(true);
		const falses = drafts.filter((d) => d.answer === false);
		expect(falses.length).toBeGreaterThan(5);
		for (const d of falses) expect(d.explanation).toMatch(/^The article says .+, not .+\.$/);
	});

	it('never makes a statement false by inserting "not"', () => {
		for (const d of drafts.filter((x) => x.answer === false)) {
			const source = a.sentences[d.sentence].text;
			const nots = (t: string) => (t.match(/\bnot\b/g) ?? []).length;
			expect(nots(d.prompt)).toBe(nots(source));
		}
	});

	it('knows when a swapped statement is said elsewhere in the article', () => {
		const s = a.sentences.find((x) => x.text.startsWith('National security officials'))!;
		expect(trueElsewhere(a, 'National security officials spoke over the phone on January 23 about the peace process', 'January 23', -1)).toBe(true);
		expect(trueElsewhere(a, 'National security officials spoke over the phone on January 27 about the peace process', 'January 27', s.index)).toBe(false);
	});

	it('never copies the article’s sentence as a true statement, and never swaps one person for another', () => {
		const bare = (t: string) =>
			t
				.toLowerCase()
				.replace(/[^\p{L}\p{N}]+/gu, ' ')
				.trim();
		for (const d of drafts.filter((x) => x.answer === true)) expect(bare(d.prompt)).not.toBe(bare(a.sentences[d.sentence].text));
		for (const d of drafts.filter((x) => x.answer === false)) expect(d.explanation).not.toMatch(/Blinken|Kang|Wit|Xi\b/);
	});
});

describe('restated', () => {
	it('restates a sentence by its numbers, its dates or a fronted date moved to the end', () => {
		expect(restated('The final bill was about £9 billion.', 'The final bill was about £9 billion.')).toBe('The final bill was about 9 billion pounds.');
		expect(restated('Prices rose 80 percent.', 'Prices rose 80 percent.')).toBe('Prices rose 80%.');
		expect(restated('The queen opened it on 6 May 1994.', 'The queen opened it on 6 May 1994.')).toBe('The queen opened it on May 6, 1994.');
		expect(restated('In 1986 the governments signed the treaty.', 'In 1986 the governments signed the treaty.')).toBe(
			'The governments signed the treaty in 1986.'
		);
	});

	it('keeps a statement already in other words, and gives up on one it can only copy', () => {
		expect(restated('Kang Kyung-wha met Antony Blinken.', 'Kang met Blinken.')).toBe('Kang Kyung-wha met Antony Blinken.');
		expect(restated('The tunnel is long.', 'The tunnel is long.')).toBeUndefined();
	});

	it('never swaps another date into a birth or a death', () => {
		const life = analyze('Ignaz Semmelweis was born on 1 July 1818 in Buda. He worked in Vienna from 1846 to 1849. He died on 13 August 1865.', '2024-01-01');
		const made = life.mentions
			.filter((m) => m.kind === 'date')
			.map((m) => trueFalse(life, propositions(life, life.sentences[m.sentence])[0], m, `fact-${m.start}`))
			.filter((d) => d?.answer === false);
		expect(made.every((d) => !/born|died/.test(d?.prompt ?? ''))).toBe(true);
	});

	it('swaps no date whose year another date of the sentence gives again, which would contradict it', () => {
		const text =
			'Great storms come every few decades. During the Carrington Event of September 1859, named after Richard Carrington, who had observed a flare on 1 September, auroras reached the Caribbean. In May 2024 a storm lit up skies in Mexico.';
		const b = analyze(text, '2026-12-05');
		const s = b.sentences[1];
		const made = b.mentions.filter((m) => m.sentence === 1 && m.kind === 'date').map((m) => trueFalse(b, propositions(b, s)[0], m, `fact-${m.start}`));
		for (const d of made) expect(d?.answer).not.toBe(false);
	});

	it('swaps in no number the rest of the sentence prints ("from 10 to 10 percent")', () => {
		const text =
			'By the summer the base rate stood at 10 percent. Later that year the government raised the base rate from 10 to 12 percent, and then to 15 percent.';
		const b = analyze(text, '2026-12-05');
		const s = b.sentences[1];
		const twelve = b.mentions.find((m) => m.sentence === 1 && m.text === '12 percent');
		expect(twelve).toBeDefined();
		const made = Array.from({ length: 12 }, (_, k) => trueFalse(b, propositions(b, s)[0], twelve!, `fact-${k}`)).filter((d) => d?.answer === false);
		expect(made.length).toBeGreaterThan(0);
		for (const d of made) expect(d?.prompt).not.toMatch(/from 10 to 10 percent/);
	});

	it('swaps no number the sentence reckons with again ("30 cycles … 2 to the power of 30")', () => {
		const text = 'Each cycle doubles the DNA. In principle, 30 cycles turn a single molecule into 2 to the power of 30 copies, which is more than a billion.';
		const b = analyze(text, '2026-12-05');
		const thirty = b.mentions.filter((m) => m.sentence === 1 && m.kind === 'number' && /^30\b/.test(m.text));
		expect(thirty.length).toBeGreaterThan(0);
		for (const m of thirty) expect(answersOver(b, 1, m)).not.toContain(false);
	});

	it('swaps no year beside an age or a time counted from it ("the 13-year-old … the following summer")', () => {
		const text =
			"Her coaches trained her hard. At the 1975 European Championships in Skien, Norway, the 13-year-old won the all-around title, announcing herself for the following summer's Olympic Games.";
		const b = analyze(text, '2026-12-05');
		const year = b.mentions.find((m) => m.sentence === 1 && m.kind === 'date' && m.text.includes('1975'));
		expect(year).toBeDefined();
		expect(answersOver(b, 1, year!)).not.toContain(false);
	});

	it('swaps no date that bounds a span ("after 1772" is still true of most years after 1771)', () => {
		const text =
			'Lord Mansfield ruled in June 1772 that Somerset could not be forced abroad. In practice, after 1772 masters found it very hard to force servants back into slavery. In 1807 Parliament abolished the slave trade.';
		const b = analyze(text, '2026-12-07');
		const year = b.mentions.find((m) => m.sentence === 1 && m.kind === 'date');
		expect(year?.text).toBe('1772');
		expect(answersOver(b, 1, year!)).not.toContain(false);
		// A date that is no bound is swapped.
		const fronted = b.mentions.find((m) => m.sentence === 2 && m.kind === 'date')!;
		expect(answersOver(b, 2, fronted)).toContain(false);
	});

	it('swaps neither end of a span of years ("the Franco-Prussian War of 1870 to 1860" runs backwards)', () => {
		const text =
			'Joseph Lister published his method in 1867. German surgeons adopted the method more quickly, using it during the Franco-Prussian War of 1870 to 1871. In 1883 Lister was made a baronet.';
		const b = analyze(text, '2026-12-07');
		for (const end of ['1870', '1871']) {
			const year = b.mentions.find((m) => m.sentence === 1 && m.kind === 'date' && m.text === end);
			expect(year).toBeDefined();
			expect(answersOver(b, 1, year!)).not.toContain(false);
		}
	});

	it('keeps a swapped part below its whole ("70,000 of the City’s 80,000 inhabitants")', () => {
		const text =
			'The fire burned for four days. Roughly 70,000 of the City’s 80,000 inhabitants were left homeless. About 13,200 houses were lost, and 90,000 people fled.';
		const b = analyze(text, '2026-12-05');
		const s = b.sentences[1];
		const part = b.mentions.find((m) => m.sentence === 1 && m.kind === 'number' && m.text.startsWith('70,000'))!;
		const falses = Array.from({ length: 12 }, (_, k) => trueFalse(b, propositions(b, s)[0], part, `fact-${k}`)).filter((d) => d?.answer === false);
		expect(falses.length).toBeGreaterThan(0);
		for (const d of falses) expect(Number(/Roughly ([\d,]+)/.exec(d!.prompt)![1].replace(/,/g, ''))).toBeLessThan(80_000);
	});

	it('swaps no measure everyone knows ("35 kilometres, the full marathon distance" is absurd)', () => {
		const text =
			'Eliud Kipchoge had covered 42.195 kilometres, the full marathon distance, in less than two hours. The course was 9.6 kilometres long. His pacemakers ran 5 kilometres each.';
		const b = analyze(text, '2026-12-07');
		const distance = b.mentions.find((m) => m.sentence === 0 && m.kind === 'number' && m.text.startsWith('42.195'));
		expect(distance).toBeDefined();
		expect(answersOver(b, 0, distance!)).not.toContain(false);
	});
});
