import { QR_MAX_BYTES, qrMatrix, qrSvgPath, qrViewBox } from '$lib/core/share/qr';
import { encodeBankLink } from '$lib/core/share/link';
import { realisticBank, smallBank } from './fixtures';

const darkCount = (matrix: boolean[][]) => matrix.flat().filter(Boolean).length;

describe('qrMatrix', () => {
	it('gives a square matrix of a QR size for a short URL, finder patterns in three corners', () => {
		const matrix = qrMatrix('https://factdeck.example/share#b=1abc')!;
		expect(matrix).not.toBeNull();
		const size = matrix.length;
		expect((size - 17) % 4).toBe(0);
		expect(matrix.every((row) => row.length === size)).toBe(true);
		for (const [x, y] of [
			[0, 0],
			[size - 7, 0],
			[0, size - 7]
		]) {
			expect(matrix[y].slice(x, x + 7).every(Boolean)).toBe(true); // outer ring, top edge
			expect(matrix[y + 1].slice(x + 1, x + 6).some(Boolean)).toBe(false); // white ring inside it
			expect(matrix[y + 3].slice(x + 2, x + 5).every(Boolean)).toBe(true); // dark centre
		}
	});

	it('grows with the text', () => {
		expect(qrMatrix('x'.repeat(500))!.length).toBeGreaterThan(qrMatrix('x'.repeat(50))!.length);
	});

	it('fits the link of a small bank', () => {
		expect(qrMatrix(encodeBankLink(smallBank(), 'https://factdeck.example'))).not.toBeNull();
	});

	it('gives null past the largest QR code, as for a 100-question bank link', () => {
		const limitText = `https://f.example/share#b=1${'a'.repeat(QR_MAX_BYTES - 27)}`;
		expect(limitText).toHaveLength(QR_MAX_BYTES);
		expect(qrMatrix(limitText)?.length).toBe(177);
		expect(qrMatrix(`${limitText}a`)).toBeNull();
		expect(qrMatrix(encodeBankLink(realisticBank(100), 'https://factdeck.example'))).toBeNull();
	});

	it('counts bytes, not characters', () => {
		expect(qrMatrix('é'.repeat(Math.floor(QR_MAX_BYTES / 2) + 1))).toBeNull();
	});
});

describe('qrSvgPath', () => {
	it('draws one rectangle per horizontal run of dark modules', () => {
		const matrix = [
			[true, true, false, true],
			[false, true, true, true]
		];
		expect(qrSvgPath(matrix)).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 1h3v1h-3z');
		expect(qrSvgPath([[false, false]])).toBe('');
	});

	it('covers exactly the dark modules of a real code', () => {
		const matrix = qrMatrix('https://factdeck.example/share#b=1xyz')!;
		const path = qrSvgPath(matrix);
		const covered = [...path.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
		expect(covered).toBe(darkCount(matrix));
		expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
	});

	it('gives a viewBox with a quiet zone', () => {
		expect(qrViewBox([[true], [true]].map((r) => [...r, false]))).toBe('-4 -4 10 10');
		expect(qrViewBox([[true]], 2)).toBe('-2 -2 5 5');
	});
});
