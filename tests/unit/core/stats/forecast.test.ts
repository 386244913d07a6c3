import { dueForecast, forecastEnds } from '$lib/core/stats/forecast';
import { dayKey } from '$lib/core/stats/days';
import { local } from './helpers';

describe('due forecast', () => {
	const now = local(2024, 3, 4, 15);

	it('ends each study day at the day-start hour', () => {
		expect(forecastEnds(now, 4, 3)).toEqual([local(2024, 3, 5, 4), local(2024, 3, 6, 4), local(2024, 3, 7, 4)]);
		expect(forecastEnds(local(2024, 3, 5, 2), 4, 1)).toEqual([local(2024, 3, 5, 4)]);
	});

	it('counts cards due each day from today, overdue ones today, none past the last day, suspended ones left out', () => {
		const due = [
			local(2024, 2, 1), // overdue: today
			local(2024, 3, 4, 16),
			local(2024, 3, 5, 3, 59), // before 4 am: still today
			local(2024, 3, 5, 4), // tomorrow
			local(2024, 3, 6, 12),
			local(2024, 3, 6, 13),
			local(2024, 3, 7, 4) // after the 3 days
		];
		const forecast = dueForecast(now, 4, 3, due, [local(2024, 3, 6, 13)]);
		const today = dayKey(now, 4);
		expect(forecast).toEqual([
			{ day: today, count: 3 },
			{ day: today + 1, count: 1 },
			{ day: today + 2, count: 1 }
		]);
	});
});
