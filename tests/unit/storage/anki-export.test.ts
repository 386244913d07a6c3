import { ankiExportData } from '$lib/storage/anki-export';
import { saveMedia } from '$lib/storage/media';
import { saveSettings } from '$lib/storage/settings-save';
import { exportBank, exportHistory, PNG } from '../core/formats/apkg-write-bank';
import { closeAll, freshDb } from './helpers';

afterEach(closeAll);

describe('ankiExportData', () => {
	it('reads one bank’s images and settings, and its cards and reviews only when asked', async () => {
		const d = freshDb();
		const bank = exportBank();
		const { cards, reviews } = exportHistory(bank);
		const other = exportHistory({ ...bank, id: 'other' });
		await d.cards.bulkPut([...cards, ...other.cards]);
		await d.reviews.bulkAdd([...reviews, ...other.reviews]);
		await saveMedia(bank.id, [{ name: 'loire.png', type: 'image/png', bytes: PNG }], d);
		await saveMedia('other', [{ name: 'else.png', type: 'image/png', bytes: PNG }], d);
		await saveSettings({ retention: 0.85, dayStartHour: 6 }, d);

		const without = await ankiExportData(bank.id, false, d);
		expect([...without.media]).toEqual([['loire.png', PNG]]);
		expect(without.history).toBeUndefined();
		expect([without.settings.retention, without.settings.dayStartHour]).toEqual([0.85, 6]);

		const withHistory = await ankiExportData(bank.id, true, d);
		expect(withHistory.history?.cards.map((c) => c.id).sort()).toEqual(cards.map((c) => c.id).sort());
		expect(withHistory.history?.reviews).toHaveLength(reviews.length);
		expect(withHistory.history?.reviews.every((r) => r.bankId === bank.id)).toBe(true);
	});
});
