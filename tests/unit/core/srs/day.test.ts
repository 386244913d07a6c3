import { studyDayEnd, studyDayStart } from '$lib/core/srs/day';

// Dates are built from local fields, so these tests mean the same in every time zone
// (run them with TZ=Asia/Seoul and TZ=America/New_York as well).
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

describe('studyDayStart / studyDayEnd', () => {
	it('starts the day at the configured hour', () => {
		const now = local(2024, 3, 5, 15, 30);
		expect(studyDayStart(now, 4)).toEqual(local(2024, 3, 5, 4));
		expect(studyDayEnd(now, 4)).toEqual(local(2024, 3, 6, 4));
	});

	it('counts 03:00 as part of yesterday', () => {
		const now = local(2024, 3, 5, 3, 0);
		expect(studyDayStart(now, 4)).toEqual(local(2024, 3, 4, 4));
		expect(studyDayEnd(now, 4)).toEqual(local(2024, 3, 5, 4));
	});

	it('starts a new day exactly at the hour', () => {
		const now = local(2024, 3, 5, 4, 0);
		expect(studyDayStart(now, 4)).toEqual(now);
	});

	it('uses midnight when the hour is 0', () => {
		const now = local(2024, 3, 5, 0, 30);
		expect(studyDayStart(now, 0)).toEqual(local(2024, 3, 5, 0));
		expect(studyDayEnd(now, 0)).toEqual(local(2024, 3, 6, 0));
	});

	it('crosses month and year boundaries', () => {
		expect(studyDayStart(local(2024, 3, 1, 2), 4)).toEqual(local(2024, 2, 29, 4));
		expect(studyDayStart(local(2025, 1, 1, 1), 4)).toEqual(local(2024, 12, 31, 4));
		expect(studyDayEnd(local(2024, 12, 31, 23), 4)).toEqual(local(2025, 1, 1, 4));
	});

	it('keeps the local hour across daylight-saving changes', () => {
		// Spring forward and fall back in the US and Europe; plain days elsewhere.
		for (const [m, d] of [
			[3, 10],
			[3, 31],
			[11, 3],
			[10, 27]
		] as const) {
			const now = local(2024, m, d, 12);
			const start = studyDayStart(now, 4);
			const end = studyDayEnd(now, 4);
			expect(start).toEqual(local(2024, m, d, 4));
			expect(end).toEqual(local(2024, m, d + 1, 4));
			expect(end.getHours()).toBe(4);
			const hours = (end.getTime() - start.getTime()) / 3_600_000;
			expect([23, 24, 25]).toContain(hours);
		}
	});

	it('always contains now: start <= now < end, for every hour of a day', () => {
		for (let hour = 0; hour < 24; hour++) {
			for (let h = 0; h < 24; h++) {
				const now = local(2024, 6, 15, h, 59);
				const start = studyDayStart(now, hour);
				const end = studyDayEnd(now, hour);
				expect(start.getTime()).toBeLessThanOrEqual(now.getTime());
				expect(end.getTime()).toBeGreaterThan(now.getTime());
				expect(end.getTime() - start.getTime()).toBe(86_400_000);
			}
		}
	});

	it('clamps an out-of-range hour instead of failing', () => {
		const now = local(2024, 3, 5, 12);
		expect(studyDayStart(now, 30).getHours()).toBe(23);
		expect(studyDayStart(now, -3).getHours()).toBe(0);
	});
});
