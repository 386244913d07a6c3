// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import SharePanel from '$lib/share/SharePanel.svelte';
import { bankSheetFile, downloadBank } from '$lib/share/bank-export';
import { parseBankFile } from '$lib/core/formats';
import * as XLSX from '@e965/xlsx';
import { smallBank } from '../core/share/fixtures';

describe('Kahoot and Quizizz sheets from the share menu', () => {
	it('writes each template as an .xlsx file the importer reads back', async () => {
		const bank = smallBank();
		const kahoot = await bankSheetFile(bank, 'kahoot');
		expect([kahoot.name, kahoot.type]).toEqual(['capitals-kahoot.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
		const back = parseBankFile('xlsx', kahoot.bytes, { xlsx: XLSX });
		expect(back.ok && back.bank.questions.map((q) => q.prompt)).toEqual(['What is the capital of South Korea?', 'Pyongyang is the capital of North Korea.']);
		const quizizz = await bankSheetFile(bank, 'quizizz');
		expect(quizizz.name).toBe('capitals-quizizz.xlsx');
		const again = parseBankFile('xlsx', quizizz.bytes, { xlsx: XLSX });
		expect(again.ok && again.bank.questions.length).toBe(bank.questions.length - 1);
	});

	it('hands the browser the sheet as bytes of the spreadsheet type', async () => {
		const blobs: Blob[] = [];
		URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:sheet'));
		URL.revokeObjectURL = vi.fn();
		const names: string[] = [];
		const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			names.push(this.download);
		});
		await downloadBank(smallBank(), 'quizizz');
		expect(names).toEqual(['capitals-quizizz.xlsx']);
		expect(blobs[0].type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		// A zip: "PK" first.
		expect([...new Uint8Array(await blobs[0].arrayBuffer()).subarray(0, 2)]).toEqual([0x50, 0x4b]);
		click.mockRestore();
	});

	it('offers both sheets and lists the questions each leaves out, with the reason', async () => {
		const ondownload = vi.fn();
		render(SharePanel, { bank: smallBank(), origin: 'https://factdeck.example/', printHref: '/print', ondownload });
		await fireEvent.click(screen.getByRole('button', { name: 'Kahoot sheet (.xlsx)' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Quizizz sheet (.xlsx)' }));
		expect(ondownload.mock.calls.map((call) => call[0])).toEqual(['kahoot', 'quizizz']);
		expect(screen.getByText('3 questions cannot go to Kahoot and are left out')).toBeInTheDocument();
		expect(screen.getByText('1 question cannot go to Quizizz and is left out')).toBeInTheDocument();
		expect(screen.getAllByText(/typed answer questions cannot go to Kahoot/)).toHaveLength(1);
	});
});
