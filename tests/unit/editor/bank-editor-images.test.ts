import type { Bank } from '$lib/core/bank/schema';
import { MAX_IMAGE_BYTES } from '$lib/core/bank/image-file';
import { BankEditor } from '$lib/editor/bank-editor.svelte';
import { getBank, saveBank } from '$lib/storage/banks';
import { db } from '$lib/storage/db';
import { getMedia, listMediaNames } from '$lib/storage/media';
import { backupFileText } from '$lib/storage/backup-file';
import { toBase64 } from '$lib/core/formats/backup-media';
import { validBank } from '../core/bank/fixtures';

// BankEditor saves to the app's database, as the page does; each test starts it empty.
beforeEach(async () => {
	await db.delete();
	await db.open();
});

const T0 = new Date('2024-03-05T10:00:00Z');
const T1 = new Date('2024-03-06T10:00:00Z');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const png = (name = 'cell-diagram.png', bytes = PNG) => new File([bytes], name, { type: 'image/png' });

async function storedBank(): Promise<Bank> {
	const bank = validBank() as Bank;
	await saveBank(bank, T0);
	return (await getBank(bank.id))!;
}

describe('BankEditor images', () => {
	it('adds a chosen image to a prompt, and saving stores it with the bank and shows it in the question', async () => {
		const editor = new BankEditor(await storedBank());
		const key = editor.drafts[0].key;
		expect(await editor.addImage(key, 'prompt', png())).toBeNull();
		const [image] = editor.drafts[0].images!.prompt;
		expect(image).toEqual({ name: expect.stringMatching(/^image-\w+\.png$/), alt: 'cell diagram' });
		expect(editor.dirty).toBe(true);
		expect(editor.unsavedImage(image.name)).toBeInstanceOf(Blob);
		expect(await listMediaNames('capitals')).toEqual([]);

		expect(await editor.save(T1)).toBe(true);
		const saved = (await getBank('capitals'))!;
		expect(saved.questions[0].html?.prompt).toBe(`Capital of South Korea<br><img src="${image.name}" alt="cell diagram">`);
		expect([...new Uint8Array(await (await getMedia('capitals', image.name))!.arrayBuffer())]).toEqual([...PNG]);
		expect(editor.unsavedImage(image.name)).toBeUndefined();
		expect(editor.dirty).toBe(false);
	});

	it('refuses a file it cannot show, with the reason, and changes nothing', async () => {
		const editor = new BankEditor(await storedBank());
		const key = editor.drafts[0].key;
		const svg = new File(['<svg onload="alert(1)"/>'], 'logo.svg', { type: 'image/svg+xml' });
		expect(await editor.addImage(key, 'prompt', svg)).toMatch(/^logo\.svg is an SVG drawing/);
		const big = new File([PNG, new Uint8Array(MAX_IMAGE_BYTES)], 'big.png', { type: 'image/png' });
		expect(await editor.addImage(key, 'prompt', big)).toMatch(/^big\.png is 5 MB; an image may be at most 5 MB/);
		expect(editor.drafts[0].images).toBeUndefined();
		expect(editor.dirty).toBe(false);
	});

	it('stores only the images still shown when it saves: one removed before saving is never written', async () => {
		const editor = new BankEditor(await storedBank());
		const [first, second] = editor.drafts.map((d) => d.key);
		await editor.addImage(first, 'prompt', png('kept.png'));
		await editor.addImage(second, 'prompt', png('dropped.png', new Uint8Array([...PNG, 7])));
		const dropped = editor.drafts[1].images!.prompt[0].name;
		editor.removeImage(second, 'prompt', dropped);
		const shown = editor.drafts[0].images!.prompt[0].name;
		editor.describeImage(first, 'prompt', shown, 'A map of Korea');
		expect(await editor.save(T1)).toBe(true);
		const kept = (await getBank('capitals'))!.questions[0].html!.prompt!;
		expect(kept).toContain('alt="A map of Korea"');
		expect(await listMediaNames('capitals')).toEqual([shown]);
		expect((await getBank('capitals'))!.questions[1].html).toBeUndefined();
	});

	it('writes no image when the bank save fails: both are one transaction', async () => {
		const editor = new BankEditor(await storedBank());
		await editor.addImage(editor.drafts[0].key, 'prompt', png());
		const failing = vi.spyOn(db.banks, 'put').mockRejectedValueOnce(new Error('disk full'));
		expect(await editor.save(T1)).toBe(false);
		failing.mockRestore();
		expect(await listMediaNames('capitals')).toEqual([]);
		expect(editor.error).toMatch(/^The bank was not saved/);
		// Still waiting, so a second try stores it.
		expect(await editor.save(T1)).toBe(true);
		expect(await listMediaNames('capitals')).toHaveLength(1);
	});

	it('puts a saved image in the backup file, as base64 with its bank and name', async () => {
		const editor = new BankEditor(await storedBank());
		await editor.addImage(editor.drafts[0].key, 'prompt', png());
		const name = editor.drafts[0].images!.prompt[0].name;
		await editor.save(T1);
		const backup = JSON.parse(await backupFileText(T1));
		expect(backup.media).toEqual([{ bankId: 'capitals', name, type: 'image/png', data: toBase64(PNG) }]);
	});
});
