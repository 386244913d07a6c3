import { readPersonName, samePerson } from '$lib/core/quiz/name-forms';

describe('readPersonName', () => {
	it.each([
		['Michael Collins', ['michael', 'collins'], 1],
		['Rosalind Franklin', ['rosalind', 'franklin'], 1],
		['Foreign Minister Kang Kyung-wha', ['kang', 'kyungwha'], 0],
		['South Korean Foreign Minister Kang Kyung-wha', ['kang', 'kyungwha'], 0],
		['Moon Jae-in', ['moon', 'jaein'], 0],
		['Kim Jong Un', ['kim', 'jong', 'un'], 0],
		['Chinese leader Xi Jinping', ['xi', 'jinping'], 0],
		['Mary Smith-Jones', ['mary', 'smithjones'], 1],
		['Ludwig van Beethoven', ['ludwig', 'van', 'beethoven'], 2],
		['Martin Luther King Jr.', ['martin', 'luther', 'king'], 2],
		['President Biden', ['biden'], 0],
		['Dr. Rosalind Franklin', ['rosalind', 'franklin'], 1],
		['Secretary of State Antony Blinken', ['antony', 'blinken'], 1]
	])('%j', (text, keys, family) => {
		expect(readPersonName(text)).toMatchObject({ keys, family });
	});

	it.each([
		'Collins',
		'South Korea',
		'North Korea',
		'United Nations',
		'New York City',
		'The Hague',
		'Hong Kong',
		'Demilitarized Zone',
		'Biden administration',
		'Sunshine Policy',
		'Middle East',
		'NATO Secretary',
		'Yongbyon nuclear complex',
		'President',
		'January 26',
		'A B C D E'
	])('%j is not read as a person', (text) => {
		expect(readPersonName(text)).toBeUndefined();
	});
});

describe('samePerson', () => {
	it.each<[string, string, string]>([
		['Collins', 'Michael Collins', 'family name'],
		['collins', 'Michael Collins', 'family name'],
		['Franklin', 'Rosalind Franklin', 'family name'],
		['Dr. Franklin', 'Rosalind Franklin', 'family name'],
		['Dr Rosalind Franklin', 'Rosalind Franklin', 'same person'],
		['Kang Kyung-wha', 'Foreign Minister Kang Kyung-wha', 'same person'],
		['Kang Kyungwha', 'Foreign Minister Kang Kyung-wha', 'same person'],
		['Minister Kang', 'South Korean Foreign Minister Kang Kyung-wha', 'family name'],
		['Kang', 'Foreign Minister Kang Kyung-wha', 'family name'],
		['Moon', 'Moon Jae-in', 'family name'],
		['President Moon', 'Moon Jae-in', 'family name'],
		['Lee', 'Lee Sung-yoon', 'family name'],
		['Kim', 'Kim Jong Un', 'family name'],
		['Xi', 'Xi Jinping', 'family name'],
		['Trump', 'Donald Trump', 'family name'],
		['Donald J. Trump', 'Donald J. Trump', 'same person'],
		['John Kennedy', 'John F. Kennedy', 'same person'],
		['Kennedy', 'President John F. Kennedy', 'family name'],
		['Beethoven', 'Ludwig van Beethoven', 'family name'],
		['van Beethoven', 'Ludwig van Beethoven', 'same person'],
		['King', 'Martin Luther King Jr.', 'family name'],
		['Biden', 'President Biden', 'family name'],
		['Blinken', 'Secretary of State Antony Blinken', 'family name'],
		['Smith-Jones', 'Mary Smith-Jones', 'family name'],
		['Lopez', 'José López', 'family name']
	])('%j for %j: %s', (typed, expected, match) => {
		expect(samePerson(typed, expected)).toBe(match);
	});

	it.each([
		['Michael', 'Michael Collins'],
		['Rosalind', 'Rosalind Franklin'],
		['Jae-in', 'Moon Jae-in'],
		['Kyung-wha', 'Foreign Minister Kang Kyung-wha'],
		['Jinping', 'Xi Jinping'],
		['Un', 'Kim Jong Un'],
		['Donald', 'Donald Trump'],
		['Mary', 'Mary Smith-Jones'],
		['Ludwig', 'Ludwig van Beethoven'],
		['Collins', 'Michael Jordan'],
		['Eileen Collins', 'Michael Collins'],
		['Kim', 'Kang Kyung-wha'],
		['Kim Jong Il', 'Kim Jong Un'],
		['Mun', 'Moon Jae-in'],
		['Collins Michael', 'Michael Collins'],
		['Dr.', 'Rosalind Franklin'],
		['Foreign Minister', 'Foreign Minister Kang Kyung-wha'],
		['Korea', 'South Korea'],
		['Kong', 'Hong Kong'],
		['Nations', 'United Nations'],
		['Hague', 'The Hague'],
		['Collins', 'Collins'],
		['East', 'Middle East'],
		['Antony', 'Secretary of State Antony Blinken']
	])('%j is not %j', (typed, expected) => {
		expect(samePerson(typed, expected)).toBeUndefined();
	});
});
