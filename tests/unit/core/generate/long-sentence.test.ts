import { validateBank } from '$lib/core/bank/validate';
import { analyze } from '$lib/core/generate/extract/index';
import { generateBank } from '$lib/core/generate/index';
import { MAX_SENTENCE_CHARS, segment } from '$lib/core/generate/segment';
import { article, SEED } from './fixtures';

/** One sentence of `length` characters: article words with no full stop until the end. */
function hugeSentence(length: number): string {
	const words = article(SEED)
		.replace(/[.!?…|•·"“”]/g, '')
		.split(/\s+/)
		.filter(Boolean);
	const parts = ['The'];
	let size = 3;
	for (let i = 0; size < length - 1; i++) {
		const word = words[i % words.length];
		parts.push(word);
		size += word.length + 1;
	}
	return `${parts.join(' ')}.`;
}

describe('sentences over the length cap', () => {
	it('are left out by segment, the sentences around them kept with their offsets', () => {
		const long = hugeSentence(MAX_SENTENCE_CHARS + 1);
		const atCap = hugeSentence(MAX_SENTENCE_CHARS).slice(0, MAX_SENTENCE_CHARS - 1) + '.';
		const text = `Moon spoke first. ${long} Kang spoke next. ${atCap}`;
		const sentences = segment(text, [{ start: 0, end: text.length, index: 0 }]);
		expect(sentences.map((s) => s.text)).toEqual(['Moon spoke first.', 'Kang spoke next.', atCap]);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
		expect(sentences.map((s) => [s.index, s.order])).toEqual([
			[0, 0],
			[1, 2],
			[2, 3]
		]);
	});

	it('leave the tags of the sentences around them as they are without them', () => {
		const around = (middle: string) => `Chinese leader Xi Jinping spoke with Moon Jae-in on January 26. ${middle}Kang Kyung-wha called Antony Blinken.`;
		const tagsOf = (text: string) => analyze(text).sentences.map((s) => s.tokens.map((t) => `${t.text}/${[...t.tags].sort().join('+')}`));
		expect(tagsOf(around(`${hugeSentence(5_000)} `))).toEqual(tagsOf(around('')));
	});

	it('generate from an article holding a 590,000-character sentence in bounded time (it took minutes)', { timeout: 60_000 }, () => {
		const text = `${article(SEED)}\n\n${hugeSentence(590_000)}\n`;
		const started = performance.now();
		const bank = generateBank(text, { published: '2021-02-03' });
		// Generous: about a second on an idle machine; minutes before the cap.
		expect(performance.now() - started).toBeLessThan(20_000);
		expect(bank.questions.length).toBeGreaterThan(20);
		expect(validateBank(JSON.parse(JSON.stringify(bank))).ok).toBe(true);
	});
});
