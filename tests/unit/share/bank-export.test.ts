// @vitest-environment jsdom
import { bankFile, downloadBank } from '$lib/share/bank-export';
import { parseAiken, parseCsv, parseGift, parseJson } from '$lib/core/formats';
import { smallBank } from '../core/share/fixtures';

describe('bankFile', () => {
	it('names the file after the bank and gives each format its MIME type', async () => {
		const bank = smallBank();
		const files = await Promise.all((['json', 'gift', 'aiken', 'csv'] as const).map((f) => bankFile(bank, f)));
		expect(files.map(({ name, type }) => [name, type])).toEqual([
			['capitals.factdeck.json', 'application/json'],
			['capitals.gift', 'text/plain'],
			['capitals.txt', 'text/plain'],
			['capitals.csv', 'text/csv']
		]);
	});

	it('writes files the importers read back', async () => {
		const bank = smallBank();
		const json = parseJson((await bankFile(bank, 'json')).text);
		expect(json.ok && json.bank).toEqual(bank);
		const gift = parseGift((await bankFile(bank, 'gift')).text);
		expect(gift.ok && gift.bank.questions).toHaveLength(bank.questions.length);
		// Aiken keeps only the multiple-choice and true/false questions.
		const aiken = parseAiken((await bankFile(bank, 'aiken')).text);
		expect(aiken.ok && aiken.bank.questions.map((q) => q.prompt)).toEqual(['What is the capital of South Korea?', 'Pyongyang is the capital of North Korea.']);
		const csv = parseCsv((await bankFile(bank, 'csv')).text);
		expect(csv.ok && csv.bank.questions).toHaveLength(bank.questions.length);
	});
});

describe('downloadBank', () => {
	it('hands the browser a typed file with the bank name to save', async () => {
		const blobs: Blob[] = [];
		URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:bank'));
		URL.revokeObjectURL = vi.fn();
		const clicked: { download: string; href: string }[] = [];
		const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			clicked.push({ download: this.download, href: this.href });
		});
		await downloadBank(smallBank(), 'csv');
		expect(clicked).toEqual([{ download: 'capitals.csv', href: 'blob:bank' }]);
		expect(blobs[0].type).toBe('text/csv;charset=utf-8');
		expect(await blobs[0].text()).toContain('Capital of South Korea');
		click.mockRestore();
	});
});
