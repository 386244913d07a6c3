// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import SharePanel from '$lib/share/SharePanel.svelte';
import type { Bank } from '$lib/core/bank/schema';
import { decodeBankLink, encodeBankLink } from '$lib/core/share/link';
import { QR_MAX_BYTES, QR_PIECE_CHARS } from '$lib/core/share/qr';
import { MAX_PARTS } from '$lib/core/share/parts';
import { realisticBank, smallBank } from '../core/share/fixtures';

const ORIGIN = 'https://factdeck.example/';

function panel(bank: Bank, ondownload = vi.fn()) {
	render(SharePanel, { bank, origin: ORIGIN, printHref: `/banks/${bank.id}/print`, ondownload });
	return ondownload;
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
	Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(writeText) }, configurable: true });
	return navigator.clipboard.writeText as ReturnType<typeof vi.fn>;
}

afterEach(() => {
	Reflect.deleteProperty(navigator, 'clipboard');
});

describe('SharePanel', () => {
	it('downloads the bank file and each export format through the callback', async () => {
		const ondownload = panel(smallBank());
		await fireEvent.click(screen.getByRole('button', { name: 'Download bank' }));
		await fireEvent.click(screen.getByRole('button', { name: 'GIFT (.gift)' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Aiken (.txt)' }));
		await fireEvent.click(screen.getByRole('button', { name: 'CSV (.csv)' }));
		expect(ondownload.mock.calls.map((call) => call[0])).toEqual(['json', 'gift', 'aiken', 'csv']);
	});

	it('says how many questions Aiken leaves out, and nothing when it keeps them all', () => {
		// One question of each type: flashcard, cloze and short cannot be written in Aiken.
		panel(smallBank());
		expect(screen.getByText('3 questions cannot be written in Aiken and are left out.')).toBeInTheDocument();
	});

	it('gives no Aiken note for a bank of choice questions only', () => {
		const bank = smallBank();
		panel({ ...bank, questions: bank.questions.filter((q) => q.type === 'mcq' || q.type === 'truefalse') });
		expect(screen.queryByText(/cannot be written in Aiken/)).toBeNull();
	});

	it('names the questions whose partial credit Moodle does not offer, and says nothing when all of it is on its grades', () => {
		const bank = smallBank();
		const weighted = (weights: number[], i: number) => ({
			id: `w${i}`,
			fact: `w${i}`,
			type: 'multi' as const,
			prompt: `Pick ${i}`,
			answer: 'a\nb',
			choices: ['a', 'b', 'c'],
			weights
		});
		const offGrid = { ...bank, questions: [...bank.questions, weighted([50, 50, 0], 1), weighted([44, 56, -100], 2)] };
		const { unmount } = render(SharePanel, { bank: offGrid, origin: ORIGIN, printHref: '/print', ondownload: vi.fn() });
		expect(screen.getByText(new RegExp(`^Question ${offGrid.questions.length} gives partial credit Moodle does not offer\\.`))).toBeInTheDocument();
		unmount();
		panel({ ...bank, questions: [...bank.questions, weighted([50, 50, 0], 1)] });
		expect(screen.queryByText(/Moodle does not offer/)).toBeNull();
	});

	it('shows an alert when a file cannot be made', async () => {
		panel(smallBank(), vi.fn().mockRejectedValue(new Error('disk full')));
		await fireEvent.click(screen.getByRole('button', { name: 'Download bank' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('The file could not be made: disk full');
	});

	it('copies a link that opens this very bank and says how long it is', async () => {
		const bank = smallBank();
		const writeText = stubClipboard(async () => {});
		panel(bank);
		await fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
		const status = await screen.findByText(/^Link copied/);
		expect(status).toHaveAttribute('role', 'status');
		const link = writeText.mock.calls[0][0] as string;
		expect(link.startsWith('https://factdeck.example/share#b=')).toBe(true);
		expect(status).toHaveTextContent(`Link copied (${link.length.toLocaleString('en')} characters).`);
		const opened = decodeBankLink(link);
		expect(opened.ok && opened.bank).toEqual(bank);
	});

	it('hands the link over in a selected field when the clipboard refuses', async () => {
		stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
		const bank = smallBank();
		panel(bank);
		await fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
		const field = await screen.findByRole('textbox', { name: 'Share link' });
		expect(field).toHaveValue(encodeBankLink(bank, ORIGIN));
		expect(field).toHaveAttribute('readonly');
		expect(field).toHaveFocus();
		expect(screen.getByRole('status')).toHaveTextContent(/did not let Factdeck copy the link .* press Ctrl\+C/);
	});

	it('draws a QR code of the link on demand for a small bank', async () => {
		panel(smallBank());
		expect(screen.queryByRole('img', { name: 'QR code for the share link' })).toBeNull();
		const toggle = screen.getByRole('button', { name: 'Show QR code' });
		await fireEvent.click(toggle);
		const qr = await screen.findByRole('img', { name: 'QR code for the share link' });
		expect(qr.tagName.toLowerCase()).toBe('svg');
		expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+/);
		expect(qr.querySelector('rect')).toHaveAttribute('fill', '#ffffff');
		expect(screen.getByRole('button', { name: 'Hide QR code' })).toHaveAttribute('aria-expanded', 'true');
		expect(screen.queryByText(/too large for a QR code/)).toBeNull();
	});

	it('splits a bank too long for one code into numbered codes, each a link to one part', async () => {
		const bank = realisticBank(100);
		const link = encodeBankLink(bank, ORIGIN);
		expect(link.length).toBeGreaterThan(QR_MAX_BYTES);
		const total = Math.ceil((link.length - link.indexOf('#b=') - 3) / QR_PIECE_CHARS);
		expect(total).toBeGreaterThan(1);
		panel(bank);
		await fireEvent.click(screen.getByRole('button', { name: 'Show QR code' }));
		expect(await screen.findByText(`Scan 1 of ${total}`)).toBeTruthy();
		expect(screen.getByRole('img', { name: `QR code 1 of ${total} for the share link` })).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Previous code' })).toBeDisabled();
		await fireEvent.click(screen.getByRole('button', { name: 'Next code' }));
		expect(screen.getByText(`Scan 2 of ${total}`)).toBeTruthy();
		expect(screen.getByRole('img', { name: `QR code 2 of ${total} for the share link` })).toBeTruthy();
		expect(screen.queryByText(/too large for QR codes/)).toBeNull();
	});

	it('explains when the bank is too large even for several codes and offers the file instead', async () => {
		// Text that does not compress: a link far past what twelve codes carry.
		let seed = 7;
		const noise = Array.from({ length: 30_000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
		const bank = { ...smallBank(), description: noise };
		const link = encodeBankLink(bank, ORIGIN);
		const ondownload = panel(bank);
		await fireEvent.click(screen.getByRole('button', { name: 'Show QR code' }));
		const note = await screen.findByText(/too large for QR codes/);
		expect(note).toHaveTextContent(
			`This bank is too large for QR codes (${link.length.toLocaleString('en')} characters; QR codes carry ${(MAX_PARTS * QR_PIECE_CHARS).toLocaleString('en')} characters at most, over several codes). Send the file or the link instead.`
		);
		expect(screen.queryByRole('img')).toBeNull();
		await fireEvent.click(within(note.parentElement!).getByRole('button', { name: 'Download the bank file' }));
		expect(ondownload).toHaveBeenCalledWith('json');
	});

	it('links to the print sheet', () => {
		panel(smallBank());
		expect(screen.getByRole('link', { name: 'Print' })).toHaveAttribute('href', '/banks/capitals/print');
	});
});
