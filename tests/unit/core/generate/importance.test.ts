import { analyze } from '$lib/core/generate/extract/index';
import { importance } from '$lib/core/generate/importance';
import { readsAlone } from '$lib/core/generate/reads-alone';

describe('importance', () => {
	const text = [
		'Tunnel Opens Under the Channel',
		'',
		'The Channel Tunnel opened in 1994 after six years of tunnelling under the sea.',
		'',
		'The tunnel links Britain and France by rail, and the tunnel carries cars on shuttle trains. A local bakery in Folkestone sold cakes that week. Trains through the tunnel carry millions of passengers between Britain and France every year.'
	].join('\n');
	const a = analyze(text);
	const score = importance(a);
	const at = (start: string) => score[a.sentences.findIndex((s) => s.text.startsWith(start))];

	it('ranks the sentences the article keeps returning to above an aside', () => {
		expect(at('The tunnel links')).toBeGreaterThan(at('A local bakery'));
		expect(at('Trains through')).toBeGreaterThan(at('A local bakery'));
	});

	it('scores every sentence in [0, 1], a byline next to nothing', () => {
		expect(score.every((x) => x >= 0 && x <= 1)).toBe(true);
		const byline = analyze('Tunnel Opens\n\nBy Jane Smith and Tom Jones, in Folkestone.\n\nThe tunnel opened in 1994 after years of work under the sea.');
		expect(importance(byline)[0]).toBeLessThan(0.1);
	});

	it('stays cheap on a long article of one repeated word (the pairs of a common word are capped)', () => {
		const long = analyze(Array.from({ length: 3000 }, (_, i) => `Tunnel number ${i} opened on time.`).join(' '));
		const t0 = performance.now();
		expect(importance(long)).toHaveLength(long.sentences.length);
		// Generous: a regression to all-pairs work takes minutes, not seconds.
		expect(performance.now() - t0).toBeLessThan(10_000);
	});
});

describe('readsAlone', () => {
	it('keeps a prompt that names what it asks about', () => {
		expect(readsAlone('The Channel Tunnel opened in ____.')).toBe(1);
	});

	it('ranks down a prompt that opens on a description pointing back, or counts what came before', () => {
		expect(readsAlone('The final bill was about ____.')).toBeLessThan(1);
		expect(readsAlone('When did the two governments sign the Treaty of Canterbury?')).toBeLessThan(1);
		expect(readsAlone('More than ____ people had travelled through it.')).toBeLessThan(1);
		expect(readsAlone('The question was largely settled in ____.')).toBeLessThan(1);
		expect(readsAlone('Why was the choice painful?')).toBeLessThan(1);
		expect(readsAlone('____ was not on the plane.')).toBeLessThan(1);
		expect(readsAlone('Why was the journey not easy to accept?')).toBeLessThan(1);
		expect(readsAlone('____ people had moved into settled tenancies by the close of the evaluation.')).toBeLessThan(1);
		expect(readsAlone('By the end of the evaluation, ____ people had moved into settled tenancies.')).toBeLessThan(1);
		expect(readsAlone('Who repeated the experiment?')).toBeLessThan(1);
		// A day counted from one the question never gives.
		expect(readsAlone('What happened when Necker’s dismissal reached Paris the next day?')).toBeLessThan(1);
		expect(readsAlone('What happened when Necker’s dismissal reached Paris on 12 July 1789?')).toBe(1);
		expect(readsAlone('Brazil introduced presumed consent in 2003 and dropped presumed consent the following year amid ____.')).toBe(1);
	});

	it('ranks down a thing pointed at ("that insight", "these bulges"), but not a clause\'s "that" nor "this time"', () => {
		expect(readsAlone('Building partly on that insight, John Dales proposed in ____ a market in rights to pollute.')).toBeLessThan(0.7);
		expect(readsAlone('As the Earth turns beneath these bulges, a stretch of coast passes through ____ of them.')).toBeLessThan(0.7);
		expect(readsAlone('John Dales argued that governments could create a market in ____.')).toBe(1);
		expect(readsAlone('In ____ Marie Curie won a second Nobel Prize, this time in chemistry.')).toBe(1);
	});

	it('ranks a pointer early in the prompt lowest, one in a fronted phrase or at a weekday too, and one late less so', () => {
		const early = readsAlone('In response to that restless behaviour, King Ferdinand II founded the Vesuvius Observatory in ____.');
		expect(early).toBeLessThan(0.5);
		expect(readsAlone('Photographs from that Sunday morning show crowds of onlookers in ____.')).toBeLessThan(0.5);
		const late = readsAlone('Officials in Seoul and Washington spoke on ____ about the peace process and ways to cooperate toward that goal.');
		expect(late).toBeGreaterThan(early);
		expect(late).toBeLessThan(1);
	});

	it('ranks down an "instead" that sets the prompt against what it never states, but not "instead of"', () => {
		expect(readsAlone('In the 19th century ____ proposed instead that the Sun shines by slowly shrinking.')).toBeLessThan(1);
		expect(readsAlone('In the 19th century ____ proposed that the Sun shines by shrinking instead of burning coal.')).toBe(1);
	});

	it('ranks down "by then" unless a date before it in the prompt says when', () => {
		expect(readsAlone('John Harrison was by then ____ old.')).toBeLessThan(0.7);
		expect(readsAlone('HMS Deptford reached Jamaica on 19 January 1762, and by then the watch was only ____ slow.')).toBe(1);
	});

	it('ranks down a subject the article used in an earlier sentence', () => {
		expect(readsAlone('Why was the sequence chosen?', (w) => w === 'sequence')).toBeLessThan(1);
		expect(readsAlone('Why was the sequence chosen?', () => false)).toBe(1);
	});
});
