import { templateContext } from '../fixtures';
import { definitionDraftsOf } from '$lib/core/generate/templates/definitions';

/** The "what is" cards a text makes, as [prompt, answer]. */
function asked(text: string) {
	return definitionDraftsOf(templateContext(text)).map((d) => [d.prompt, d.answer]);
}

describe('what is a term the article defines', () => {
	it('asks no meaning of an appositive that tells the thing’s story in the past', () => {
		expect(
			asked('Almost every laptop runs on a lithium-ion battery, a technology that went from laboratory curiosity to mass-market product in twenty years.')
		).toEqual([]);
	});

	it('asks the meaning of a term defined in an appositive, its verb inside a relative clause or a participle', () => {
		expect(
			asked(
				'Sometimes the Sun releases far more material in a coronal mass ejection, a vast cloud of magnetised gas that can reach Earth in one to three days.'
			)
		).toEqual([['What is a coronal mass ejection?', 'A vast cloud of magnetised gas that can reach Earth in one to three days']]);
		expect(
			asked(
				'Beamon sank to his knees, overcome by what doctors later described as a cataplectic attack, a sudden loss of muscle control brought on by intense emotion.'
			)
		).toEqual([['What is a cataplectic attack?', 'A sudden loss of muscle control brought on by intense emotion']]);
	});

	it('asks the meaning of a term without "a" that a verb or its "to" introduces, defined by what it is or does', () => {
		expect(asked('This was electromagnetic induction, the generation of an electric current by a changing magnetic field.')).toEqual([
			['What is electromagnetic induction?', 'The generation of an electric current by a changing magnetic field']
		]);
		expect(asked('In the 1830s Faraday turned to electrolysis, the splitting of chemical compounds by an electric current, and formulated its laws.')).toEqual([
			['What is electrolysis?', 'The splitting of chemical compounds by an electric current']
		]);
	});

	it('asks nothing of an everyday word or of what ties a thing to another ("the legacy of", "the capital of")', () => {
		expect(asked('The park sits above a vast body of molten rock, the legacy of enormous volcanic eruptions.')).toEqual([]);
		expect(asked('The traders brought cinnamon, the source of their fortune in the old port.')).toEqual([]);
		expect(asked('The army marched into the interior, the heart of the old kingdom of Shewa.')).toEqual([]);
	});

	it('asks nothing of a clause after the comma, a list, a person, a thing of no kind, or a role after "as"', () => {
		expect(asked('Instead of teams of workers building a stationary car, the chassis was pulled past a line of men.')).toEqual([]);
		expect(asked('The cliff gave up a plesiosaur, a skull and a jaw.')).toEqual([]);
		expect(asked('She turned down a long-standing suitor, the poet and politician Richard Monckton Milnes.')).toEqual([]);
		expect(asked('Most phones fail over a worn charging port, a part that costs less than a takeaway lunch.')).toEqual([]);
		expect(asked('He worked as a lawyer, the oldest trade of the family.')).toEqual([]);
		expect(asked('An MRI can show the folds of the brain, a torn knee ligament, a small tumour in the liver.')).toEqual([]);
		expect(asked('The bacteria glow only when their numbers reach a high density, a form of chemical communication known as quorum sensing.')).toEqual([]);
		expect(asked('The patient developed heart block after a viral infection, a condition in which the signals fail to get through.')).toEqual([]);
	});

	it('asks nothing of an appositive that gives an amount or a rate', () => {
		expect(asked('The only treatment is to wind the worm slowly around a small stick, a few centimetres a day, which can take weeks.')).toEqual([]);
	});

	it('asks nothing of alternatives in a list ("whether a flash lamp, an electric current or another laser")', () => {
		expect(asked('There is a pump that feeds it energy, whether a flash lamp, an electric current or another laser.')).toEqual([]);
		expect(asked('The signal can come from a radio transmitter, an old telephone line or another cable.')).toEqual([]);
	});
});
