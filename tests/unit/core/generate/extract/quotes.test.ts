import { analyze } from '$lib/core/generate/extract/index';
import { article, SEED } from '../fixtures';

const speakers = (text: string) => analyze(text).quotes.map((q) => [q.speaker, q.text, q.indirect]);

describe('quotes', () => {
	it('attributes every quotation of the seed article to the right speaker', () => {
		const a = analyze(article(SEED), '2021-02-03');
		const bySentenceStart = a.quotes.map((q) => [a.sentences[q.sentence].text.slice(0, 30), q.speaker]);
		expect(bySentenceStart).toEqual([
			['Xi said he supports the U.S. r', 'xi-jinping'],
			['Joel Wit, a senior fellow at t', 'joel-wit'],
			['“‘Strategic patience’ was a mi', 'joel-wit'],
			['“…Many pursued maximum pressur', 'joel-wit'],
			['Wit suggests that the Obama ad', 'joel-wit'],
			['“The best approach is a phased', 'joel-wit'],
			['During his Senate confirmation', 'antony-blinken'],
			['While Blinken mentioned “unspe', 'antony-blinken'],
			['“If the U.S. is to lift sancti', 'robert-kelly'],
			['He added that Kim’s offer at t', 'robert-kelly'],
			['At the press conference for fo', 'chung-sye-kyun'],
			['“There can be no real peace wi', 'lee-sung-yoon'],
			['Lee added that the United Stat', 'lee-sung-yoon'],
			['“‘Peace’ sounds pleasantly swe', 'lee-sung-yoon'],
			['“The Biden administration will', 'lee-sung-yoon'],
			['It will eschew what is not onl', 'lee-sung-yoon']
		]);
	});

	it('gives speech reported inside a quotation to the one quoting: Chung, not Kim', () => {
		expect(speakers('At the press conference, Prime Minister Chung Sye-kyun said “Kim made a promise to visit Seoul” and expressed hope.')).toEqual([
			['chung-sye-kyun', 'Kim made a promise to visit Seoul', false]
		]);
	});

	it('reads `"…," X said`, `according to X`, and a second quotation continuing after "X said."', () => {
		const text = '“The talks have failed,” Robert Kelly said. “Nobody expected anything more from them.” “It was a mistake,” according to Joel Wit.';
		expect(speakers(text)).toEqual([
			['robert-kelly', 'The talks have failed,', false],
			['robert-kelly', 'Nobody expected anything more from them.', false],
			['joel-wit', 'It was a mistake,', false]
		]);
	});

	it('reads reported speech with or without "that", and not for unnamed experts', () => {
		const text =
			'Chinese leader Xi Jinping spoke to Moon on Monday. Xi said he supports the U.S. role in dialogue with both Koreas, but experts warn that this support is mostly theoretical.';
		expect(speakers(text)).toEqual([['xi-jinping', 'he supports the U.S. role in dialogue with both Koreas', true]]);
		expect(speakers('Experts say that the sanctions will stay in place for years to come.')).toEqual([]);
	});

	it('ends reported speech before a clause the sentence tells of its own ("…, and the selling intensified")', () => {
		const text = 'Helmut Schlesinger led the Bundesbank. Helmut Schlesinger suggested that the tensions had not been resolved, and the selling intensified.';
		expect(speakers(text)).toEqual([['helmut-schlesinger', 'the tensions had not been resolved', true]]);
	});

	it('does not end reported speech at a clause break inside the quotation it holds', () => {
		const text =
			'William John Wills wrote to his father that they were "on the point of starvation, not so much from want of food, but from the want of nutriment."';
		const reported = analyze(text).quotes.find((q) => q.indirect);
		expect(reported?.text).toBe('they were "on the point of starvation, not so much from want of food, but from the want of nutriment."');
	});

	it('leaves a quoted term nobody is said to have said as a term', () => {
		const a = analyze('Four years of Donald Trump’s doctrine of “America First” have taken a toll on the alliance.');
		expect(a.quotes).toEqual([]);
		expect(a.mentions.filter((m) => m.kind === 'term').map((m) => m.text)).toEqual(['America First']);
	});

	it('does not take "added" without "that" for speech', () => {
		expect(speakers('Jesse Owens won the 100 meters. He added the 200 meters on August 5 in an Olympic record of 20.7 seconds.')).toEqual([]);
	});

	it('reads what a named person showed or concluded "that" as reported, never one left to a pronoun or shared with another', () => {
		expect(speakers('In 1975 the geophysicist Harold Jeffreys showed that such forces were far too weak to move continents.')).toEqual([
			['harold-jeffreys', 'such forces were far too weak to move continents', true]
		]);
		// The second clause of the sentence is another statement, not part of what was found.
		expect(speakers('The physicist Lise Meitner realised that the nucleus had split in two, and she used a formula to calculate the energy.')).toEqual([
			['lise-meitner', 'the nucleus had split in two', true]
		]);
		expect(speakers('The physicist Lise Meitner worked in Sweden. She realised that the uranium nucleus had split in two.')).toEqual([]);
		expect(speakers('In 2005 Katalin Karikó and Drew Weissman showed that modified RNA slipped past the defences of the body.')).toEqual([]);
		// "believed in" is no finding: "that" must follow the verb at once.
		expect(speakers('Percival Lowell believed in a planet beyond Neptune that nobody had seen.')).toEqual([]);
	});
});
