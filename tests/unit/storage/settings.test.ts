import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { getFlag, getSettings, setFlag } from '$lib/storage/settings';
import { saveSettings } from '$lib/storage/settings-save';
import { closeAll, freshDb } from './helpers';

afterEach(closeAll);

describe('settings', () => {
	it('gives the defaults when nothing is stored', async () => {
		expect(await getSettings(freshDb())).toEqual(DEFAULT_SETTINGS);
	});

	it('merges a patch, brings it into range, and keeps it', async () => {
		const d = freshDb();
		const saved = await saveSettings({ newPerDay: 5, retention: 2 }, d);
		expect(saved).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 5, retention: 0.97 });
		expect(await saveSettings({ dayStartHour: 6, newPerDay: undefined }, d)).toEqual({ ...saved, dayStartHour: 6 });
		expect(await getSettings(d)).toEqual({ ...saved, dayStartHour: 6 });
	});
});

describe('flags', () => {
	it('stores and reads back small values; undefined when never set', async () => {
		const d = freshDb();
		expect(await getFlag('persistRequested', d)).toBeUndefined();
		await setFlag('persistRequested', true, d);
		await setFlag('shippedBanksKey', 'a|b', d);
		expect(await getFlag('persistRequested', d)).toBe(true);
		expect(await getFlag<string>('shippedBanksKey', d)).toBe('a|b');
	});
});
