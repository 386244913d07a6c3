import { isCalendarDate } from '$lib/core/bank/schema';
import { validateBank } from '$lib/core/bank/validate';
import { validBank } from './fixtures';

describe('publication dates', () => {
	it.each(['2024-02-29', '2000-02-29', '2023-02-28', '2023-12-31', '2023-01-01', '2023-04-30', '1999-09-30'])('accepts %s', (date) => {
		expect(isCalendarDate(date)).toBe(true);
	});

	it.each([
		'2023-02-29', // not a leap year
		'1900-02-29', // a century that is not a leap year
		'2024-02-30',
		'2024-02-31',
		'2024-04-31',
		'2024-13-01',
		'2024-00-10',
		'2024-01-00',
		'2024-01-32',
		'2024-1-05',
		'2024-01-05T00:00',
		'yesterday',
		''
	])('refuses %j', (date) => {
		expect(isCalendarDate(date)).toBe(false);
	});

	it('refuses a bank whose source was published on a day that does not exist', () => {
		const good = validBank();
		const checked = validateBank({ ...good, source: { ...good.source, published: '2024-02-30' } });
		expect(checked.ok ? [] : checked.problems).toEqual([expect.stringMatching(/^source\.published: published must be a real date written YYYY-MM-DD$/)]);
		expect(validateBank({ ...good, source: { ...good.source, published: '2024-02-29' } }).ok).toBe(true);
	});
});
