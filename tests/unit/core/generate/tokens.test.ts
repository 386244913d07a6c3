import { analyze } from '$lib/core/generate/extract/index';
import { capital, infinitive, isFinite, tagText, tokenize } from '$lib/core/generate/tokens';

describe('tokens', () => {
	it('capitalises the first letter, but not of a name written in lower case before its capitals', () => {
		expect(['the cell', 'ribosomes read', 'mRNA is fragile', 'iPhone sales', 'eBay', 'pH falls'].map(capital)).toEqual([
			'The cell',
			'Ribosomes read',
			'mRNA is fragile',
			'iPhone sales',
			'eBay',
			'pH falls'
		]);
	});

	it('keeps dotted abbreviations, hyphenated names, names with digits and amounts whole', () => {
		// prettier-ignore
		expect(tokenize('U.N.-led talks with Moon Jae-in on COVID-19 cost $4.2 billion, 12% and S. Somanath’s 1,750 kg.').map((t) => t.text)).toEqual([
			'U.N.-led', 'talks', 'with', 'Moon', 'Jae-in', 'on', 'COVID-19', 'cost', '$4.2', 'billion', '12%', 'and', 'S.', 'Somanath’s', '1,750', 'kg'
		]);
		// A name's suffix keeps its full stop where the sentence goes on, and only there.
		expect(tokenize('Judge Robert McCrary Jr. refused. He met Sammy Davis Jr.').map((t) => t.text)).toEqual([
			'Judge',
			'Robert',
			'McCrary',
			'Jr.',
			'refused',
			'He',
			'met',
			'Sammy',
			'Davis',
			'Jr'
		]);
	});

	it('gives offsets shifted by a base', () => {
		const [first] = tokenize('Seoul', 100);
		expect([first.start, first.end]).toEqual([100, 105]);
	});

	it('tags verbs that carry tense as finite, and participles and gerunds not', () => {
		const tokens = tagText('Most countries are looking forward and officials spoke yesterday.');
		const finite = tokens.filter(isFinite).map((t) => t.text);
		expect(finite).toContain('are');
		expect(finite).toContain('spoke');
		expect(finite).not.toContain('looking');
	});

	it('turns a past tense into its infinitive', () => {
		expect(infinitive('spoke')).toBe('speak');
		expect(infinitive('carried')).toBe('carry');
	});

	it('reads a past verb after its subject as a verb, where compromise reads an adjective, but not one before its noun', () => {
		const finite = (text: string) =>
			analyze(text)
				.sentences[0].tokens.filter(isFinite)
				.map((t) => t.text);
		expect(finite('The scenes puzzled many people, because Northern Rock had not lost any money.')).toContain('puzzled');
		expect(finite('In 1960 the Aral Sea covered about 68,000 square kilometres.')).toContain('covered');
		expect(finite('His exhausted players slumped on the grass before extra time.')).not.toContain('exhausted');
		expect(finite('Its jagged rhythms echo through later music.')).not.toContain('jagged');
		expect(finite('It failed as a cure and caused a scandal, but it later proved valuable as a test.')).toContain('proved');
	});
});
