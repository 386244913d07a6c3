import { segment } from '$lib/core/generate/segment';

const split = (text: string) => segment(text, [{ start: 0, end: text.length, index: 0 }]).map((s) => s.text);

describe('segment', () => {
	it('does not split inside abbreviations that run on: U.S. Secretary, D.C., Jan. 20, initials', () => {
		const text =
			'Kang spoke with new U.S. Secretary of State Antony Blinken. Joel Wit, a senior fellow in Washington, D.C., told The Diplomat. The call was on Jan. 20 this year. ISRO chairman S. Somanath said so.';
		expect(split(text)).toEqual([
			'Kang spoke with new U.S. Secretary of State Antony Blinken.',
			'Joel Wit, a senior fellow in Washington, D.C., told The Diplomat.',
			'The call was on Jan. 20 this year.',
			'ISRO chairman S. Somanath said so.'
		]);
	});

	it('splits before a sentence that opens on a name written in lower case before its capitals', () => {
		expect(split('Getting it into cells is the hard part. mRNA is fragile. iPhone sales rose. it was not split.')).toEqual([
			'Getting it into cells is the hard part.',
			'mRNA is fragile.',
			'iPhone sales rose. it was not split.'
		]);
	});

	it('splits after a capital letter that ends a sentence before a word no name is, but not after an initial', () => {
		expect(split('C always pairs with G. Because each strand carries the other, either can be a template. She married Ferdinand L. Barnett.')).toEqual([
			'C always pairs with G.',
			'Because each strand carries the other, either can be a template.',
			'She married Ferdinand L. Barnett.'
		]);
	});

	it('splits after a number with a decimal point that ends a sentence', () => {
		expect(split('The scoreboard read 1.00. Nadia Comaneci had not scored one point.')).toEqual([
			'The scoreboard read 1.00.',
			'Nadia Comaneci had not scored one point.'
		]);
	});

	it('splits after an abbreviation that ends a sentence when the next word opens one', () => {
		expect(split('It took a toll on the faith of others in the U.S. As of January 20, policy changed.')).toEqual([
			'It took a toll on the faith of others in the U.S.',
			'As of January 20, policy changed.'
		]);
	});

	it('keeps closing quotation marks with their sentence and splits before a new quotation', () => {
		expect(split('“Peace sounds sweet,” Lee said. “The administration will not bite. It will eschew a ploy.” Kim left.')).toEqual([
			'“Peace sounds sweet,” Lee said.',
			'“The administration will not bite.',
			'It will eschew a ploy.”',
			'Kim left.'
		]);
	});

	it('does not split a question or exclamation inside a quotation followed by its attribution', () => {
		expect(split('“Why now?” she asked. He left.')).toEqual(['“Why now?” she asked.', 'He left.']);
	});

	it('gives offsets into the text', () => {
		const text = 'One sentence here.  Another one follows.';
		const [, second] = segment(text, [{ start: 0, end: text.length, index: 0 }]);
		expect(text.slice(second.start, second.end)).toBe('Another one follows.');
	});

	it('does not split a case name at "v."', () => {
		expect(split('In Vega v. Tekoh in 2022, the Court held that a suspect cannot sue. It was a 6-3 ruling.')).toEqual([
			'In Vega v. Tekoh in 2022, the Court held that a suspect cannot sue.',
			'It was a 6-3 ruling.'
		]);
	});

	it('ends a sentence after a temperature in degrees, which is no initial', () => {
		expect(split('At the top it can fall below minus 70 °C. The US weather agency counts the storms. The engineer S. Somanath spoke.')).toEqual([
			'At the top it can fall below minus 70 °C.',
			'The US weather agency counts the storms.',
			'The engineer S. Somanath spoke.'
		]);
	});

	it('ends a sentence after a monarch’s number, which is no initial', () => {
		expect(split('It entered the royal collection under King Francis I. Peruggia had also asked for a reward.')).toEqual([
			'It entered the royal collection under King Francis I.',
			'Peruggia had also asked for a reward.'
		]);
	});

	it('ends a sentence at a clock time, unless a day, a month or a time zone runs on after it', () => {
		expect(
			split('The average start time was 8:03 a.m. Only 17.7 percent started later. The polls open at 7 a.m. Tuesday and close at 8 p.m. GMT on the day.')
		).toEqual([
			'The average start time was 8:03 a.m.',
			'Only 17.7 percent started later.',
			'The polls open at 7 a.m. Tuesday and close at 8 p.m. GMT on the day.'
		]);
	});

	it('ends a sentence on a letter that ends a name opening on "the", which is no one\'s initial', () => {
		expect(split('They renamed it The Big M. Kroc opened a restaurant a block away. He met John F. Kennedy.')).toEqual([
			'They renamed it The Big M.',
			'Kroc opened a restaurant a block away.',
			'He met John F. Kennedy.'
		]);
	});
});
