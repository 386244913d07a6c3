import { templateContext } from '../fixtures';
import { termDrafts } from '$lib/core/generate/templates/terms';

const context = (text: string) => templateContext(text);

describe('term blanks', () => {
	it('blanks a phrase the article uses once, never its topic word', () => {
		const ctx = context('Each satellite orbits the planet. Every satellite carries atomic clocks for timing. The satellite sends a signal.');
		const drafts = termDrafts(ctx, new Map());
		expect(drafts.map((d) => d.answer)).toContain('atomic clocks');
		expect(drafts.map((d) => d.answer)).not.toContain('satellite');
		expect(drafts.find((d) => d.answer === 'atomic clocks')?.prompt).toBe('Every satellite carries ____ for timing.');
	});

	it('takes no phrase that runs into a quotation for a term ("the subtitle “Pictures")', () => {
		const ctx = context('The Rite of Spring was given the subtitle "Pictures of Pagan Russia in Two Parts".');
		expect(termDrafts(ctx, new Map()).filter((d) => /["“”]/.test(String(d.answer)))).toEqual([]);
	});

	it('takes no verb the tagger reads as a noun for a term ("fresh water dilutes the salty surface")', () => {
		const ctx = context('As the ice sheet melts, fresh water dilutes the salty surface.');
		expect(termDrafts(ctx, new Map()).map((d) => d.answer)).not.toContain('fresh water dilutes');
	});

	it('blanks no category that its examples name ("substances such as ammonia"), and weighs a term the article names as one higher', () => {
		const ctx = context('Early machines used substances such as ammonia, which worked well but were toxic.');
		expect(termDrafts(ctx, new Map()).map((d) => d.answer)).not.toContain('substances');
		const named = termDrafts(context('An evaporating liquid absorbs energy, known as latent heat, from its surroundings.'), new Map());
		const plain = termDrafts(context('An evaporating liquid absorbs energy from its surroundings as latent heat.'), new Map());
		expect(named[0].answer).toBe('latent heat');
		expect(plain[0].answer).toBe('latent heat');
		expect(named[0].score).toBeGreaterThan(plain[0].score);
	});

	it('blanks the term a sentence names ("a channel called a waveguide") before a rarer-looking longer phrase', () => {
		const ctx = context(
			'The magnetron makes microwaves. An antenna feeds the resulting oscillations along a hollow metal channel called a waveguide into the cooking chamber.'
		);
		expect(termDrafts(ctx, new Map()).find((d) => d.sentence === 1)?.answer).toBe('waveguide');
		// A named term the tagger reads as a verb ("heating").
		const heating = context('The magnetron makes microwaves. Inside the chamber, the microwaves heat food by a process called dielectric heating.');
		expect(termDrafts(heating, new Map()).find((d) => d.sentence === 1)?.answer).toBe('dielectric heating');
	});

	it('weighs one everyday word below a phrase, and blanks no subject that opens its clause or a "past" before a noun', () => {
		const phrase = termDrafts(context('A single donor can provide organs for several transplant patients.'), new Map());
		const word = termDrafts(context('A single donor can provide organs for several patients.'), new Map());
		expect(phrase[0].answer).toBe('transplant patients');
		expect(word[0].answer).toBe('patients');
		expect(word[0].score).toBeLessThan(0.6 * phrase[0].score);
		expect(termDrafts(context('Through traffic was pushed to the edge of town.'), new Map()).map((d) => d.answer)).not.toContain('traffic');
		expect(termDrafts(context('Cars crawl past pavements too narrow for a pushchair.'), new Map()).map((d) => d.answer)).not.toContain('past pavements');
	});

	it('leaves a sentence the entity blanks already ask well', () => {
		const ctx = context('Every satellite carries atomic clocks for timing.');
		expect(termDrafts(ctx, new Map([[0, 3]]))).toEqual([]);
	});

	it('leaves the side of a contrast to the contrast blanks', () => {
		const ctx = context(
			'A third objection is that compulsion treats the symptom rather than the cause, and that governments should instead make voting easier. Compulsion works.'
		);
		expect(termDrafts(ctx, new Map()).map((d) => d.answer)).not.toContain('symptom');
	});
});

describe('term blanks a learner could type', () => {
	it('take no vague head ("piece"), and weigh a three-word phrase never named as a term below a shorter one', () => {
		const piece = termDrafts(context('At the end of one cycle, every targeted double-stranded piece of DNA has become two.'), new Map());
		expect(piece.map((d) => d.answer)).not.toContain('targeted double-stranded piece');
		const long = termDrafts(context('One detail still defeated simple ray geometry in the end.'), new Map());
		const short = termDrafts(context('One detail still defeated ray geometry in the end.'), new Map());
		expect(long[0].answer).toBe('simple ray geometry');
		expect(long[0].score).toBeLessThan(0.7 * short[0].score);
	});

	it('takes no preposition into a phrase ("sold under trade names")', () => {
		const text =
			'From the 1930s manufacturers switched to chlorofluorocarbons, sold under trade names such as Freon, which were stable and non-toxic but were later found to harm the atmosphere and were phased out.';
		const answers = termDrafts(context(text), new Map()).map((d) => d.answer);
		expect(answers).not.toContain('under trade');
	});
});
