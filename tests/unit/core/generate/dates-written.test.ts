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
