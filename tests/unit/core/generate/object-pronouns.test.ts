import { analyze } from '$lib/core/generate/extract/index';
import { rankQuestions } from '$lib/core/generate/rank';
import { orphanObjects } from '$lib/core/generate/object-pronouns';
import type { Draft } from '$lib/core/generate/templates';

const text = [
	'Citizen Kane and Its Critics',
	'',
	'The American Film Institute also placed it first on its list. The magazine printed the list and praised it. Alfred Wegener reached it at the end of October. The film made it possible to shoot ceilings. Linda Brown, whose journey started it all, died in 2018. The straddle did not vanish: Yashchenko set records with it in 1978. In March 2019 the European Parliament voted to scrap them from 2021. The coach gathered the team and told them the news. John Adams nominated 42 of them. The critics loved the film because it was new.'
].join('\n');
const a = analyze(text, '2026-12-06');
/** The orphan "it" or "them" of the sentence starting with `start`, read with the sentence's own tags. */
const orphans = (start: string) => {
	const s = a.sentences.find((x) => x.text.startsWith(start))!;
	return orphanObjects(a.text, s.tokens, s.start).map((t) => t.text);
};

describe('an object "it" or "them" with nothing before it to stand for', () => {
	it('is found where the only candidate is its own clause’s subject, or there is none', () => {
		expect(orphans('The American Film Institute')).toEqual(['it']);
		expect(orphans('Alfred Wegener reached')).toEqual(['it']);
		expect(orphans('In March 2019')).toEqual(['them']);
	});

	it('is not a pronoun with a thing or group named before, a subject "it", an idiom or a count', () => {
		for (const start of ['The magazine printed', 'The straddle', 'The film made it possible', 'Linda Brown', 'The coach', 'John Adams', 'The critics'])
			expect(orphans(start), start).toEqual([]);
	});

	it('ranks a question that leaves one below the same question with the thing named, and keeps it in the bank', () => {
		const s = a.sentences.find((x) => x.text.startsWith('The American Film Institute'))!;
		const draft = (prompt: string, fact: string, score: number): Draft => ({
			type: 'cloze',
			template: 'cloze',
			prompt,
			answer: 'list',
			sentence: s.index,
			fact,
			score
		});
		// Twice as likely by its sentence, the orphan still ranks below: it weighs 0.3.
		const orphan = draft('The American Film Institute also placed it first on its ____.', 'f1', 2);
		const named = draft('The American Film Institute also placed Citizen Kane first on its ____.', 'f2', 1);
		const ranked = rankQuestions([orphan, named], a).map((q) => q.prompt);
		expect(ranked).toEqual([named.prompt, orphan.prompt]);
	});
});
