import { validateBank } from '$lib/core/bank/validate';
import { coverage } from '$lib/core/generate/eval/coverage';
import { generateBank } from '$lib/core/generate/index';
import { article, gold, OTHERS, SEED } from './fixtures';

describe('generateBank', () => {
	const text = article(SEED);
	const options = { title: 'Seeking North Korea Breakthrough', published: '2021-02-03' };
	const bank = generateBank(text, options);

	it('emits a valid bank carrying the article as given, its date, and every question’s fact and source', () => {
		const result = validateBank(JSON.parse(JSON.stringify(bank)));
		expect(result.ok ? [] : result.problems).toEqual([]);
		expect(bank.source?.text).toBe(text);
		expect(bank.source?.published).toBe('2021-02-03');
		expect(bank.title).toBe('Seeking North Korea Breakthrough');
		expect(bank.questions.length).toBeGreaterThan(40);
		for (const q of bank.questions) {
			expect(q.fact).toBeTruthy();
			expect(text.slice(q.source!.start, q.source!.end)).toBe(q.source!.text);
		}
	});

	it('is deterministic: the same input gives byte-identical JSON', () => {
		expect(JSON.stringify(generateBank(text, options))).toBe(JSON.stringify(bank));
	});

	it('takes the headline as title when none is given, and honours max and id', () => {
		const small = generateBank(text, { max: 5, id: 'my-bank' });
		expect(small.title).toBe('Seeking North Korea Breakthrough, Seoul Looks to Biden Administration');
		expect(small.id).toBe('my-bank');
		expect(small.questions).toHaveLength(5);
		expect(small.source?.published).toBeUndefined();
	});

	it('reports progress from 0 to 1 in order', () => {
		const seen: number[] = [];
		generateBank('Kim Jong Un met Moon Jae-in in Seoul on April 27, 2018, for a summit.', { onProgress: (f) => seen.push(f) });
		expect(seen[0]).toBe(0);
		expect(seen[seen.length - 1]).toBe(1);
		expect([...seen].sort((x, y) => x - y)).toEqual(seen);
	});

	it('never names the wrong speaker in a who-said question', () => {
		const speakers: Record<string, string[]> = {
			'Kim made a promise': ['Chung Sye-kyun', 'Chung'],
			'Strategic patience': ['Wit', 'Joel Wit'],
			'phased approach': ['Wit', 'Joel Wit'],
			'no real peace without justice': ['Lee Sung-yoon', 'Lee'],
			'credible deterrence': ['Lee', 'Lee Sung-yoon'],
			'will be reviewed': ['Blinken', 'Antony Blinken'],
			'unspecified diplomatic incentives': ['Blinken', 'Antony Blinken'],
			'concrete concessions': ['Robert Kelly', 'Kelly'],
			'supports the U.S. role': ['Xi', 'Xi Jinping'],
			'unlikely to jump': ['Joel Wit', 'Wit'],
			'deal with Iran': ['Wit', 'Joel Wit'],
			'prelude to a peace treaty': ['Lee', 'Lee Sung-yoon']
		};
		const whoSaid = bank.questions.filter((q) => /^Who (said|told|added|suggests|mentioned)\b/.test(q.prompt));
		expect(whoSaid.length).toBeGreaterThan(8);
		for (const q of whoSaid) {
			const key = Object.keys(speakers).find((k) => q.prompt.includes(k));
			expect(key, q.prompt).toBeDefined();
			expect(speakers[key!], q.prompt).toContain(q.answer);
		}
	});

	it('covers at least 85% of the seed’s gold facts within the budget, and 70% of the others’', () => {
		const seed = coverage(bank.questions, gold(SEED).facts);
		expect(seed.covered.length / gold(SEED).facts.length).toBeGreaterThanOrEqual(0.85);
		for (const name of OTHERS) {
			const g = gold(name);
			const other = coverage(generateBank(article(name), { published: g.published }).questions, g.facts);
			expect(other.covered.length / g.facts.length, name).toBeGreaterThanOrEqual(0.7);
		}
	});

	it('makes every kind of question from the seed', () => {
		const types = new Set(bank.questions.map((q) => q.type));
		expect([...types].sort()).toEqual(['cloze', 'flashcard', 'mcq', 'short', 'truefalse']);
	});

	it('gives an empty bank for text with no prose', () => {
		expect(generateBank('').questions).toEqual([]);
		expect(generateBank('Just A Short Heading').title).toBe('Just A Short Heading');
		expect(generateBank('x').title).toBe('Untitled article');
	});
});
