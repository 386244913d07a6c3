import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldChecksum, sha1Hex } from '../../../../src/lib/core/formats/apkg-write-sha1';

const nodeSha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

describe('sha1Hex', () => {
	it('gives the published digests of the standard examples', () => {
		expect(sha1Hex(new TextEncoder().encode('abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
		expect(sha1Hex(new Uint8Array(0))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
	});

	it('agrees with Node for any bytes, across block boundaries', () => {
		fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => sha1Hex(bytes) === nodeSha1(bytes)));
		for (const n of [55, 56, 63, 64, 65, 119, 120]) expect(sha1Hex(new Uint8Array(n).fill(7))).toBe(nodeSha1(new Uint8Array(n).fill(7)));
	});
});

describe('fieldChecksum', () => {
	it('is the first 32 bits of the digest of the UTF-8 text, as Anki stores csum', () => {
		// The note of Anki's own media.apkg test deck: its first field and the csum Anki wrote.
		expect(fieldChecksum('[sound:foo.wav]')).toBe(685612576);
		expect(fieldChecksum('été')).toBe(parseInt(nodeSha1(new TextEncoder().encode('été')).slice(0, 8), 16));
	});
});
