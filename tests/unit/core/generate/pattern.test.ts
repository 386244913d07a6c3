import { literal } from '$lib/core/generate/pattern';

describe('literal', () => {
	it('matches a name as written, its dots, brackets and plus signs included', () => {
		const name = 'St. Mary (Jr.)+';
		expect(new RegExp(`^${literal(name)}$`).test(name)).toBe(true);
		expect(new RegExp(literal('St. Mary')).test('StX Mary')).toBe(false);
	});
});
