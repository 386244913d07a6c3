// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import SharePanel from '$lib/share/SharePanel.svelte';
import { downloadSheet, sheetFile } from '$lib/share/sheet-export';
import { parseBankFile } from '$lib/core/formats';
import * as XLSX from '@e965/xlsx';
import { smallBank } from '../core/share/fixtures';

/** Catches what the browser would be asked to save: the file names and the blobs. */
function catchDownloads() {
	const saved: { name: string; blob: Blob }[] = [];
	const blobs: Blob[] = [];
	URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), `blob:${blobs.length}`));
	URL.revokeObjectURL = vi.fn();
	const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
		saved.push({ name: this.download, blob: blobs[Number(this.href.split(':').pop()) - 1] });
	});
	return { saved, restore: () => click.mockRestore() };
}

describe('Kahoot and Quizizz sheets from the share menu', () => {
	it('writes each template as an .xlsx file the importer reads back', async () => {
		const bank = smallBank();
		const kahoot = await sheetFile(bank, 'kahoot');
		expect(kahoot.name).toBe('capitals-kahoot.xlsx');
		const back = parseBankFile('xlsx', kahoot.bytes, { xlsx: XLSX });
		expect(back.ok && back.bank.questions.map((q) => q.prompt)).toEqual(['What is the capital of South Korea?', 'Pyongyang is the capital of North Korea.']);
		const quizizz = await sheetFile(bank, 'quizizz');
		expect(quizizz.name).toBe('capitals-quizizz.xlsx');
		const again = parseBankFile('xlsx', quizizz.bytes, { xlsx: XLSX });
		expect(again.ok && again.bank.questions.length).toBe(bank.questions.length - 1);
	});

	it('hands the browser the sheet as bytes of the spreadsheet type', async () => {
		const downloads = catchDownloads();
		await downloadSheet(smallBank(), 'quizizz');
		expect(downloads.saved.map((d) => d.name)).toEqual(['capitals-quizizz.xlsx']);
		const blob = downloads.saved[0].blob;
		expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		// A zip: "PK" first.
		expect([...new Uint8Array(await blob.arrayBuffer()).subarray(0, 2)]).toEqual([0x50, 0x4b]);
		downloads.restore();
	});

	it('offers both sheets, saves each on a click, and lists the questions each leaves out with the reason', async () => {
		const downloads = catchDownloads();
		render(SharePanel, { bank: smallBank(), origin: 'https://factdeck.example/', printHref: '/print', ondownload: vi.fn() });
		expect(screen.getByText('3 questions cannot go to Kahoot and are left out')).toBeInTheDocument();
		expect(screen.getByText('1 question cannot go to Quizizz and is left out')).toBeInTheDocument();
		expect(screen.getAllByText(/typed answer questions cannot go to Kahoot/)).toHaveLength(1);
		await fireEvent.click(screen.getByRole('button', { name: 'Kahoot sheet (.xlsx)' }));
		await vi.waitFor(() => expect(downloads.saved.map((d) => d.name)).toEqual(['capitals-kahoot.xlsx']));
		await fireEvent.click(screen.getByRole('button', { name: 'Quizizz sheet (.xlsx)' }));
		await vi.waitFor(() => expect(downloads.saved.map((d) => d.name)).toEqual(['capitals-kahoot.xlsx', 'capitals-quizizz.xlsx']));
		expect(screen.queryByRole('alert')).toBeNull();
		downloads.restore();
	});
});
