/**
 * Byte helpers for share links: base64url (the URL-safe alphabet, no padding)
 * and CRC-32. Written here rather than with btoa/atob because those work on
 * binary strings, differ between runtimes, and accept input a link must refuse.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i]));
// Standard base64 turns up when a link passed through a tool that "fixed" it.
VALUE.set('+', 62);
VALUE.set('/', 63);

/** Why a text is not base64url; the caller words it for the reader. */
export type Base64Problem = { kind: 'character'; char: string; index: number } | { kind: 'length' } | { kind: 'bits' };

/** Encodes bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const [a, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
		const n = (a << 16) | (b << 8) | c;
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/**
 * Decodes base64url (padding optional). Strict: a stray character, a length
 * no encoder produces, or set bits after the last byte all mean damage.
 */
export function fromBase64Url(text: string): { ok: true; bytes: Uint8Array } | { ok: false; problem: Base64Problem } {
	const body = text.replace(/={1,2}$/, '');
	if (body.length % 4 === 1) return { ok: false, problem: { kind: 'length' } };
	const bytes = new Uint8Array(Math.floor((body.length * 6) / 8));
	let acc = 0;
	let bits = 0;
	let at = 0;
	for (let i = 0; i < body.length; i++) {
		const value = VALUE.get(body[i]);
		if (value === undefined) return { ok: false, problem: { kind: 'character', char: body[i], index: i } };
		acc = ((acc << 6) | value) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[at++] = (acc >> bits) & 0xff;
		}
	}
	if ((acc & ((1 << bits) - 1)) !== 0) return { ok: false, problem: { kind: 'bits' } };
	return { ok: true, bytes };
}

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 (the zip/gzip polynomial) of some bytes, as an unsigned number. */
export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}
