import { analyze } from '$lib/core/generate/extract/index';
import { scoreSentences } from '$lib/core/generate/score';

describe('scoreSentences', () => {
	const text = [
		'Chinese leader Xi Jinping spoke over the phone with South Korean President Moon Jae-in on January 26.',
		'Some experts think the talks might perhaps be a mistake in the long run for everyone.',
		'“The best approach is a phased approach for denuclearization,” Joel Wit said about the plan.',
		'It rained.'
	].join(' ');
	const scores = scoreSentences(analyze(text, '2021-02-03'));

	it('prefers a plain sentence dense with names for fact questions', () => {
		expect(scores[0].fact).toBeGreaterThan(scores[1].fact);
		expect(scores[0].fact).toBeGreaterThan(scores[2].fact);
		expect(scores[0].fact).toBeGreaterThan(scores[3].fact);
	});

	it('penalises hedges and opinion for facts, and scores quotations for who-said instead', () => {
		expect(scores[1].fact).toBeLessThan(0.5);
		expect(scores[2].speech).toBeGreaterThan(0.5);
		expect(scores[0].speech).toBe(0);
	});

	it('does not rank a sentence up for the date it gives', () => {
		const dated = scoreSentences(
			analyze('Faraday advised Trinity House on lighthouses in 1836. Faraday advised Trinity House on lighthouses for years.', '2024-01-01')
		);
		expect(dated[0].fact).toBeCloseTo(dated[1].fact, 2);
	});

	it('ranks a central sentence that names nothing above a side sentence full of names', () => {
		const flop = scoreSentences(
			analyze(
				'The flop lets a jumper clear the bar while the body curves around the bar. In the flop, the jumper arches the back over the bar so that the body clears the bar in turn. The curved approach helps the jumper turn speed into lift over the bar. Ed Caruthers of Los Angeles took silver behind Valentin Gavrilov.',
				'2024-01-01'
			)
		);
		expect(flop[1].fact).toBeGreaterThan(flop[3].fact);
	});

	it('ranks the writer’s note under a column last', () => {
		const column = scoreSentences(
			analyze(
				'South Cambridgeshire District Council became the first council in the UK to trial a four-day week in 2023. Harriet Cole writes about work, business and the economy.',
				'2024-01-01'
			)
		);
		expect(column[1].fact).toBeLessThan(0.2 * column[0].fact);
	});
});
