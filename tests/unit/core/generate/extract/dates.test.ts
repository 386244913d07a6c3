import { analyze } from '$lib/core/generate/extract/index';
import { anchorYear } from '$lib/core/generate/extract/dates';

const dates = (text: string, published?: string) =>
	analyze(text, published)
		.mentions.filter((m) => m.kind === 'date')
		.map((m) => [m.text, m.value, m.form]);

describe('dates', () => {
	it('anchors a year-less date to the publication date: January 20 in a February 2021 article is 2021-01-20', () => {
		expect(dates('Joe Biden was sworn in as president on January 20 in Washington.', '2021-02-03')).toEqual([['January 20', '2021-01-20', 'md']]);
	});

	it('picks the nearest year either side: December in a January article is last year, March is this year', () => {
		expect(anchorYear(12, 28, '2021-01-05')).toBe(2020);
		expect(anchorYear(3, 1, '2021-02-03')).toBe(2021);
		expect(anchorYear(1, 20, '2021-02-03')).toBe(2021);
	});

	it('reads a year-less date no sentence before places in the one year the headline names, in a story long past', () => {
		const text = [
			'Jesse Owens in Berlin, 1936',
			'',
			'On May 25, 1935, at Ann Arbor, he set three world records.',
			'',
			'The Games were meant to showcase the regime. Owens won his first gold in the 100 meters on August 3.'
		].join('\n');
		expect(dates(text, '2024-08-03').find(([t]) => t === 'August 3')).toEqual(['August 3', '1936-08-03', 'md']);
		// A story that has gone past the headline's year leaves the date without one.
		const later = text.replace('The Games were meant', 'In 1950 the Games were remembered. The Games were meant');
		expect(dates(later, '2024-08-03').find(([t]) => t === 'August 3')?.[1]).not.toBe('1936-08-03');
	});

	it('reads a year-less date in the year the paragraph has just named', () => {
		const found = dates('Riots broke out in Jakarta in May 1998, and on May 21 Suharto resigned after 31 years in power.', '2022-07-02');
		expect(found).toEqual([
			['May 1998', '1998-05', 'my'],
			['May 21', '1998-05-21', 'md']
		]);
		// "mid-September" is a month too.
		expect(dates('By the summer of 1992 the pound was weak. When the lira was devalued in mid-September, traders turned to the pound.', '2026-12-15')).toEqual([
			['1992', '1992', 'y'],
			['September', '1992-09', 'm']
		]);
	});

	it('reads it in the year of the paragraph’s last full date, past a bare year in an aside', () => {
		const found = dates('On 23 February 1917, Balfour handed over the text. Wilson, re-elected in 1916, had broken off relations on 3 February.', '2026-11-20');
		expect(found).toContainEqual(['3 February', '1917-02-03', 'dm']);
	});

	it('reads a year-less date of a story long past in the year of its last full date, only within weeks after it and never after a birth', () => {
		const tomb =
			'On 4 November 1922, workers uncovered a step. The burial chamber was opened in 1923, the tomb was famous by 1923, and the mask was lifted out in 1925.\n\nCarter cabled Carnarvon on 6 November.\n\nOn 26 November Carter made a hole.';
		expect(dates(tomb, '2026-12-04').filter(([text]) => /November$/.test(String(text)))).toEqual([
			['6 November', '1922-11-06', 'dm'],
			['26 November', '1922-11-26', 'dm']
		]);
		// April comes before the launch in May, so it is another year's; a birth date is no episode of the story.
		expect(dates('The ship was launched on 31 May 1911.\n\nWarnings of ice came all through 14 April.', '2026-12-04')).toContainEqual([
			'14 April',
			'????-04-14',
			'dm'
		]);
		expect(dates('He was born on 1 July 1872.\n\nHis rival set out on 19 July.', '2026-12-04')).toContainEqual(['19 July', '????-07-19', 'dm']);
	});

	it('reads a year-less date in the year of the story’s episode weeks away, past a bare year that looks back', () => {
		const telegram =
			'On 16 January 1917, Zimmermann sent a coded message. Germany would resume submarine warfare on 1 February 1917.\n\nBritain had cut the cables in August 1914. The ambassador forwarded the telegram on 19 January.';
		expect(dates(telegram, '2026-12-05')).toContainEqual(['19 January', '1917-01-19', 'dm']);
	});

	it('reads "March of that year" as one date in the year last named', () => {
		expect(dates('Franklin left King’s in 1953. In March of that year she moved to Birkbeck.', '2026-12-04')).toContainEqual([
			'March of that year',
			'1953-03',
			'm'
		]);
	});

	it('reads full dates, abbreviated months, weekdays and bare years', () => {
		const found = dates(
			'Trump met Kim on Sunday, June 30, 2019, at the border.\n\nThe deal fell apart on Jan. 5 last month. The summit of 2019 failed.',
			'2021-02-03'
		);
		expect(found).toEqual([
			['June 30, 2019', '2019-06-30', 'mdy'],
			['Jan. 5', '2021-01-05', 'md'],
			['2019', '2019', 'y']
		]);
	});

	it('does not take amounts for years', () => {
		expect(dates('The lander weighed about 1,750 kilograms and the rover 2019 grams less; 1500 metres away.', '2023-09-20')).toEqual([]);
	});
});
