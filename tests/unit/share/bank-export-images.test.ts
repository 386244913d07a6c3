// @vitest-environment node
// Node's Blob (jsdom's has no arrayBuffer), over the fake IndexedDB of the test setup.
import { parseMoodleXml } from '$lib/core/formats';
import { bankFile } from '$lib/share/bank-export';
import { saveMedia } from '$lib/storage/media';
import { smallBank } from '../core/share/fixtures';

describe('bankFile as Moodle XML', () => {
	it('embeds the stored images the questions show, and only those', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7]);
		const bank = smallBank();
		bank.questions[0] = { ...bank.questions[0], html: { prompt: 'Look<br><img src="seoul.png" alt="Seoul">' } };
		await saveMedia(bank.id, [
			{ name: 'seoul.png', type: 'image/png', bytes: png },
			{ name: 'unused.png', type: 'image/png', bytes: png }
		]);
		const file = await bankFile(bank, 'moodle-xml');
		expect([file.name, file.type]).toEqual(['capitals.moodle.xml', 'application/xml']);
		expect(file.text).not.toContain('unused.png');
		const back = parseMoodleXml(file.text);
		expect(back.ok && [...(back.media ?? new Map())]).toEqual([['seoul.png', png]]);
	});

	it('writes a bank without images with no embedded file', async () => {
		const file = await bankFile(smallBank(), 'moodle-xml');
		expect(file.text).not.toContain('<file ');
		expect(parseMoodleXml(file.text).ok).toBe(true);
	});
});
