import { clean } from '$lib/core/generate/clean';
import { article, SEED } from './fixtures';

const kept = (text: string) => clean(text).paragraphs.map((p) => text.slice(p.start, p.end));

describe('clean', () => {
	it('drops the headline, section labels, repeated titles, the caption and its credit from the seed article', () => {
		const text = article(SEED);
		const paragraphs = kept(text);
		expect(paragraphs.some((p) => p.includes('The Koreas | Diplomacy'))).toBe(false);
		expect(paragraphs.some((p) => p.startsWith('Seeking North Korea Breakthrough'))).toBe(false);
		expect(paragraphs.some((p) => p.startsWith('Credit:'))).toBe(false);
		expect(paragraphs.some((p) => p.includes('Freedom House'))).toBe(false);
		expect(paragraphs.some((p) => p === 'Recent Features')).toBe(false);
		expect(paragraphs[1]).toMatch(/^With Joe Biden sworn in/);
		expect(clean(text).headline).toBe('Seeking North Korea Breakthrough, Seoul Looks to Biden Administration');
	});

	it('keeps offsets that cut the paragraphs back out of the text', () => {
		const text = 'Title Line Here Now\n\nFirst paragraph has enough words to count as prose.\n\nRecent Features\n';
		const { paragraphs } = clean(text);
		expect(paragraphs).toHaveLength(1);
		expect(text.slice(paragraphs[0].start, paragraphs[0].end)).toBe('First paragraph has enough words to count as prose.');
	});

	it('drops a caption that ends with a full stop when a credit line follows it', () => {
		const text =
			'The minister speaks at a press conference in Seoul on Monday.\nCredit: AP Photo\n\nThe minister said the talks would resume in March next year.';
		expect(kept(text)).toEqual(['The minister said the talks would resume in March next year.']);
	});

	it('joins hard-wrapped lines of one paragraph', () => {
		const text = 'The mission was built and flown by the\nIndian Space Research Organisation, whose\nheadquarters are in Bengaluru.';
		expect(kept(text)).toEqual([text]);
	});
});
