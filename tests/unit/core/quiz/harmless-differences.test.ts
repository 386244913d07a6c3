import { withoutHarmlessDifferences } from '$lib/core/quiz/harmless-differences';

describe('withoutHarmlessDifferences', () => {
	it.each([
		['  Seoul \n', 'Seoul'],
		['Zu\u0308rich', 'Zürich'],
		['Trump’s', "Trump's"],
		['“America First”', '"America First"'],
		['Kim\u00a0Jong\tUn', 'Kim Jong Un']
	])('%j → %j', (text, expected) => {
		expect(withoutHarmlessDifferences(text)).toBe(expected);
	});
});
