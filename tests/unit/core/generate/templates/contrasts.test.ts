import { templateContext } from '../fixtures';
import { contrastDrafts } from '$lib/core/generate/templates/contrasts';

const answers = (text: string) => contrastDrafts(templateContext(text)).map((d) => [d.prompt, d.answer]);

describe('contrast blanks', () => {
	it('blanks the side a "rather than" or "instead of" takes, the other side left in the prompt', () => {
		expect(answers('Experiments in 1941 confirmed that the oxygen given off by plants comes from water rather than from carbon dioxide.')).toEqual([
			['Experiments in 1941 confirmed that the oxygen given off by plants comes from ____ rather than from carbon dioxide.', 'water']
		]);
		expect(answers('Dreyer wrote that the fleets were instruments of power rather than exploration.')).toEqual([
			['Dreyer wrote that the fleets were instruments of ____ rather than exploration.', 'power']
		]);
		expect(answers('The enzyme sometimes grabs oxygen instead of carbon dioxide.')).toEqual([
			['The enzyme sometimes grabs ____ instead of carbon dioxide.', 'oxygen']
		]);
		expect(answers('Driving into the centre became pointless rather than illegal.')).toEqual([
			['Driving into the centre became ____ rather than illegal.', 'pointless']
		]);
	});

	it('asks nothing when the two sides are not of one kind', () => {
		// Verbs, not things: "trap pressure rather than release it".
		expect(answers('Such magma tends to trap pressure rather than release it gently.')).toEqual([]);
		// Half of one phrase against a whole other: "charged to member banks rather than by taxpayers".
		expect(answers('The scheme is paid for by premiums charged to member banks rather than by taxpayers.')).toEqual([]);
		// The noun before "of" is the side, not the one after it: "the cube of distance rather than the square".
		expect(answers('Tidal forces fall off with the cube of distance rather than the square.')).toEqual([]);
		// A rate's unit: "fixed sums per unit rather than percentages".
		expect(answers('Many of the duties were fixed sums per unit rather than percentages.')).toEqual([]);
		// After a comma the contrast is of whole actions.
		expect(answers('The bank grew by borrowing from other institutions, rather than relying on deposits.')).toEqual([]);
	});

	it('blanks no side of a saying, read off the other side', () => {
		expect(answers('A third objection is that compulsion treats the symptom rather than the cause.')).toEqual([]);
		expect(answers('The firm now sells on quality rather than quantity.')).toEqual([]);
	});

	it('blanks no name, number or word too general to be an answer', () => {
		expect(answers('He was buried in Highgate Cemetery rather than Westminster Abbey.')).toEqual([]);
		expect(answers('England wore red shirts that day rather than their usual white.')).toEqual([]);
		// "material" alone names nothing; "radioactive material" does.
		expect(answers('The new approach needed only milligrams of material instead of grams.')).toEqual([]);
		expect(answers('The new approach needed only milligrams of radioactive material instead of grams.')).toEqual([
			['The new approach needed only milligrams of ____ instead of grams.', 'radioactive material']
		]);
	});

	it('cuts a long sentence to the clause that holds the blank', () => {
		const [[prompt]] = answers(
			'A driver sitting next to the kerb rather than the centre line found it hard to see oncoming traffic before overtaking on narrow two-lane roads, and officials blamed that awkward arrangement for dangerous head-on collisions.'
		);
		expect(prompt).toBe(
			'A driver sitting next to the ____ rather than the centre line found it hard to see oncoming traffic before overtaking on narrow two-lane roads.'
		);
	});
});
