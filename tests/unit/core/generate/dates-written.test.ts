import { analyze } from '$lib/core/generate/extract/index';
import { propositions, render } from '$lib/core/generate/clauses';
import { yearFrame } from '$lib/core/generate/dates-written';
import { reads } from './fixtures';

describe('a time counted from the sentence before', () => {
	it('writes "that year" and "the same year" as the year the sentence before gave', () => {
		const text =
			'In April 1906 Alfred Wegener stayed aloft in a balloon for 52 hours. Later that year he joined a Danish expedition to Greenland. In the same year Kurt Wegener went to Samoa.';
		expect(reads(text, 1, '2024-01-01')).toBe('Later in 1906 Alfred Wegener joined a Danish expedition to Greenland.');
		expect(reads(text, 2, '2024-01-01')).toBe('In 1906 Kurt Wegener went to Samoa.');
	});

	it('counts from the year of the main clause, not from one told in passing', () => {
		const intel =
			'In 1986 Intel lost $173 million, its first annual loss since it had become a public company in 1971. Its annual report for that year opened with a joke.';
		expect(reads(intel, 1, '2024-01-01')).toMatch(/annual report for 1986 opened/);
		const finland = 'In 2008 Finland made Housing First national policy, and by 2019 the count had fallen below 5,000. That year The Guardian praised it.';
		expect(reads(finland, 1, '2024-01-01')).toBe('In 2019 The Guardian praised it.');
	});

	it('writes "that day" as the full date of the sentence before', () => {
		const text = 'The rescue of the Wild Boars began on Sunday, 8 July 2018. Four boys were brought out that day and four more later.';
		expect(reads(text, 1, '2024-01-01')).toBe('Four boys were brought out on 8 July 2018 and four more later.');
	});

	it('leaves a time the sentence dates itself, and one no sentence before fixes', () => {
		const itself = 'The Carter Center was founded in 1982. In the same year, 1986, the World Health Assembly adopted the goal.';
		expect(reads(itself, 1, '2024-01-01')).toBe('In the same year, 1986, the World Health Assembly adopted the goal.');
		const undated = 'The board met in Geneva. That year the board closed the office.';
		expect(reads(undated, 1, '2024-01-01')).toBe('That year the board closed the office.');
		const shown = 'Wegener published a book in 1924, and that same year he became a professor at Graz.';
		expect(reads(shown, 0, '2024-01-01')).toBe('Wegener published a book in 1924, and that same year he became a professor at Graz.');
	});
});

describe('a sentence with no time of its own, framed by the year before it', () => {
	/** The prompt of sentence `index`, opened on the year the sentence before it gave when it reads alone. */
	function framed(text: string, index: number): string {
		const a = analyze(text, '2026-12-07');
		return yearFrame(a, a.sentences[index], render(a, propositions(a, a.sentences[index])[0]));
	}

	it('opens on the year of a day or a month told just before, in the same paragraph', () => {
		const peterloo =
			'On the morning of Monday 16 August 1819, tens of thousands of people walked into Manchester. Henry Hunt arrived on the speakers’ platform. The crowd cheered him.';
		expect(framed(peterloo, 1)).toBe('In 1819, Henry Hunt arrived on the speakers’ platform.');
		// The two sentences are one story, and the second's opening word loses the capital it had only for opening the sentence.
		const halifax = 'On 6 December 1917 a munitions ship exploded in Halifax harbour. The blast killed nearly 2,000 people.';
		expect(framed(halifax, 1)).toBe('In 1917, the blast killed nearly 2,000 people.');
		// A name keeps its capital, a known one or one of a run of capitals.
		const lehman = 'On 14 September 2008 Lehman Brothers ran out of buyers. Treasury Secretary Henry Paulson called in the heads of the banks.';
		expect(framed(lehman, 1)).toBe('In 2008, Treasury Secretary Henry Paulson called in the heads of the banks.');
	});

	it('leaves a sentence whose time may be another: a year alone before it, one two sentences back, a time of its own, the past perfect, a present tense', () => {
		expect(framed('Mary Shelley died in 1851. She wrote other novels, including The Last Man.', 1)).toBe(
			'Mary Shelley wrote other novels, including The Last Man.'
		);
		expect(
			framed(
				'In September 2019 the lander crashed on the Moon. Engineers traced the failure to software. For the next mission they widened the landing zone.',
				2
			)
		).toBe('For the next mission they widened the landing zone.');
		expect(framed('On 2 July 1997 Thailand floated the baht. The currency had been held at 25 baht to the dollar.', 1)).toBe(
			'The currency had been held at 25 baht to the dollar.'
		);
		expect(framed('On 2 July 1997 Thailand floated the baht. Two years later the economy grew again.', 1)).toBe('The economy grew again.');
		expect(framed('On 2 July 1997 Thailand floated the baht. The currency floats freely.', 1)).toBe('The currency floats freely.');
		// A state may have held before the year or after it; a deed told in the passive happened in it.
		expect(framed('In January 1973 Foreman beat Frazier. Foreman was a heavy favourite.', 1)).toBe('Foreman was a heavy favourite.');
		expect(framed('On 6 December 1917 a ship exploded. The blast was heard 100 miles away.', 1)).toBe('In 1917, the blast was heard 100 miles away.');
		// Two years before it: which one is not known.
		expect(framed('In May 1997 and again in July 1998 the baht came under attack. The central bank spent its reserves.', 1)).toBe(
			'The central bank spent its reserves.'
		);
	});
});
