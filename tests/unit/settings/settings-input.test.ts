// @vitest-environment jsdom
/**
 * Numbers typed on the settings page: out of range is brought into range and
 * said so; an empty or non-numeric field (NaN from the input) saves nothing.
 */
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { SettingsState } from '$lib/settings/settings.svelte';
import { db } from '$lib/storage/db';
import { getSettings } from '$lib/storage/settings';
import { saveSettings } from '$lib/storage/settings-save';

afterEach(async () => {
	await db.settings.clear();
});

async function loaded(): Promise<SettingsState> {
	const state = new SettingsState();
	await state.load();
	return state;
}

describe('settings numbers', () => {
	it('saves a number in range and says so', async () => {
		const state = await loaded();
		await state.save({ newPerDay: 35 });
		expect(state.settings?.newPerDay).toBe(35);
		expect(state.message).toBe('Saved.');
		expect((await getSettings()).newPerDay).toBe(35);
	});

	it('brings numbers out of range into range, and says so', async () => {
		const state = await loaded();
		await state.save({ newPerDay: 1_000_000 });
		expect(state.settings?.newPerDay).toBe(9999);
		expect(state.message).toBe('Saved; a value out of range was brought into range.');
		await state.save({ dayStartHour: -3 });
		expect(state.settings?.dayStartHour).toBe(0);
		await state.save({ dayStartHour: 7.6 });
		expect(state.settings?.dayStartHour).toBe(8);
		await state.save({ retention: 5 });
		expect(state.settings?.retention).toBe(0.97);
		expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 9999, dayStartHour: 8, retention: 0.97 });
	});

	it('saves nothing for an empty or non-numeric field, keeping the value before it', async () => {
		const state = await loaded();
		await state.save({ newPerDay: 35, dayStartHour: 6 });
		for (const patch of [{ newPerDay: Number.NaN }, { dayStartHour: Number.NaN }, { newPerDay: Number.POSITIVE_INFINITY }]) {
			await state.save(patch);
			expect(state.message).toBe('Not saved: enter a number.');
			expect(state.settings).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 35, dayStartHour: 6 });
			expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 35, dayStartHour: 6 });
		}
	});

	it('saves only the number changed, keeping a retention saved since by the scheduler panel', async () => {
		const state = await loaded();
		await saveSettings({ retention: 0.8 });
		await state.save({ newPerDay: 12 });
		expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 12, retention: 0.8 });
	});
});
