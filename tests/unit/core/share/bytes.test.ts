import { crc32, fromBase64Url, toBase64Url } from '$lib/core/share/bytes';
import { seededRng } from '$lib/core/srs/rng';

const bytesOf = (length: number, seed: number) => {
	const rng = seededRng(seed);
	return Uint8Array.from({ length }, () => Math.floor(rng() * 256));
};

describe('base64url', () => {
	it.each([0, 1, 2, 3, 4, 5, 31, 32, 33, 100])('matches Node for %i bytes and decodes back', (length) => {
		const bytes = bytesOf(length, length + 1);
		const text = toBase64Url(bytes);
		expect(text).toBe(Buffer.from(bytes).toString('base64url'));
		const back = fromBase64Url(text);
		expect(back.ok && Array.from(back.bytes)).toEqual(Array.from(bytes));
	});

	it('reads standard base64 with padding too', () => {
		const bytes = bytesOf(40, 7);
		const back = fromBase64Url(Buffer.from(bytes).toString('base64'));
		expect(back.ok && Array.from(back.bytes)).toEqual(Array.from(bytes));
	});

	it('names a character that is not base64', () => {
		expect(fromBase64Url('abc*def')).toEqual({ ok: false, problem: { kind: 'character', char: '*', index: 3 } });
	});

	it('refuses a length no encoder produces', () => {
		expect(fromBase64Url('abcde')).toEqual({ ok: false, problem: { kind: 'length' } });
	});

	it('refuses set bits after the last byte (a changed last character)', () => {
		expect(fromBase64Url('AB')).toEqual({ ok: false, problem: { kind: 'bits' } });
		expect(fromBase64Url('AA').ok).toBe(true);
	});
});

describe('crc32', () => {
	it('gives the standard check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array())).toBe(0);
	});
});
