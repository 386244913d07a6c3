import { prepare } from '$lib/core/quiz/harmless-differences';

describe('prepare', () => {
	it.each([
		['  Seoul \n', 'Seoul'],
		['Zu\u0308rich', 'Zürich'],
		['Trump’s', "Trump's"],
		['“America First”', '"America First"'],
		['Kim\u00a0Jong\tUn', 'Kim Jong Un']
	])('%j → %j', (text, expected) => {
		expect(prepare(text)).toBe(expected);
	});
});
