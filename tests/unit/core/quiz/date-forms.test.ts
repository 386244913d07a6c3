import { readDate, sameDate } from '$lib/core/quiz/date-forms';

describe('readDate', () => {
	it.each([
		['6 September 2023', { year: 2023, month: 9, day: 6 }],
		['September 6, 2023', { year: 2023, month: 9, day: 6 }],
		['Sept. 6, 2023', { year: 2023, month: 9, day: 6 }],
		['Sep 6th 2023', { year: 2023, month: 9, day: 6 }],
		['2023-09-06', { year: 2023, month: 9, day: 6 }],
		['6 Sept 2023', { year: 2023, month: 9, day: 6 }],
		['the 6th of September, 2023', { year: 2023, month: 9, day: 6 }],
		['on 6 September 2023.', { year: 2023, month: 9, day: 6 }],
		['Wednesday, September 6, 2023', { year: 2023, month: 9, day: 6 }],
		['January 26', { year: undefined, month: 1, day: 26 }],
		['July 1997', { year: 1997, month: 7, day: undefined }],
		['in 1997', { year: 1997, month: undefined, day: undefined }],
		['29 February 2024', { year: 2024, month: 2, day: 29 }]
	])('%j', (text, date) => {
		expect(readDate(text)).toEqual(date);
	});

	it.each(['6/9/2023', '6.9.2023', '9/6/2023', '31 September 2023', '29 February 2023', '2023-13-01', '0 May 2020', 'Septembre 6', 'Moon Jae-in', 'in May'])(
		'%j is no date',
		(text) => {
			expect(readDate(text)).toBeUndefined();
		}
	);
});

describe('sameDate', () => {
	const day = ['6 September 2023', 'September 6, 2023', 'Sept. 6, 2023', 'Sep 6th 2023', '2023-09-06', '6 Sept 2023'];

	it.each(day.flatMap((a) => day.map((b) => [a, b])))('%j is %j', (typed, expected) => {
		expect(sameDate(typed, expected)).toBe(true);
	});

	it.each([
		['in 1997', '1997'],
		['1997', 'in 1997'],
		['July 1997', 'Jul. 1997'],
		['jul 1997', 'July 1997'],
		['26 January', 'January 26'],
		['Jan 26th', 'January 26']
	])('%j is %j', (typed, expected) => {
		expect(sameDate(typed, expected)).toBe(true);
	});

	it.each([
		['7 September 2023', '6 September 2023'],
		['September 6, 2022', '6 September 2023'],
		['2023-06-09', '6 September 2023'],
		['6 October 2023', '6 September 2023'],
		['September 6', '6 September 2023'],
		['September 2023', '6 September 2023'],
		['2023', '6 September 2023'],
		['6 September 2023', '2023'],
		['1996', '1997'],
		['June 1997', 'July 1997'],
		['1997', 'July 1997'],
		['6/9/2023', '6 September 2023'],
		['January 26, 2021', 'January 26'],
		['January 27', 'January 26']
	])('%j is not %j', (typed, expected) => {
		expect(sameDate(typed, expected)).toBe(false);
	});
});
