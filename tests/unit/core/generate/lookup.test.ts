import { analyze } from '$lib/core/generate/extract/index';
import { lookup } from '$lib/core/generate/lookup';

describe('lookup', () => {
	it('counts a whole number where the article writes it alone or before a unit, not inside a longer number', () => {
		const a = analyze('The limit fell to 20mph in 2023. About 20 towns, 200 streets and 1920 houses sit on 20.5 miles of road. Limits of 20 spread.');
		expect(lookup(a).numeralCount('20')).toBe(3);
		expect(lookup(a).numeralCount('200')).toBe(1);
		expect(lookup(a).numeralCount('7')).toBe(0);
	});
});
