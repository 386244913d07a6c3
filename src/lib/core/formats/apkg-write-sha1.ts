/**
 * SHA-1, synchronous and pure: Anki's notes carry `csum`, the first 32 bits
 * of the SHA-1 of their first field, which it uses to find duplicates. Web
 * Crypto is asynchronous and Node's crypto is not in the browser, so the
 * digest is computed here (FIPS 180-4, section 6.1). Not used for security.
 */

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

/** The SHA-1 digest of the bytes, as 40 lowercase hex digits. */
export function sha1Hex(bytes: Uint8Array): string {
	// Message, a 1 bit, zeros, then the length in bits as 64 bits: a whole number of 64-byte blocks.
	const blocks = Math.ceil((bytes.length + 9) / 64);
	const padded = new Uint8Array(blocks * 64);
	padded.set(bytes);
	padded[bytes.length] = 0x80;
	const view = new DataView(padded.buffer);
	const bits = bytes.length * 8;
	view.setUint32(padded.length - 8, Math.floor(bits / 0x1_0000_0000));
	view.setUint32(padded.length - 4, bits >>> 0);
	const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
	const w = new Int32Array(80);
	for (let block = 0; block < blocks; block++) {
		for (let t = 0; t < 16; t++) w[t] = view.getInt32(block * 64 + t * 4);
		for (let t = 16; t < 80; t++) w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
		let [a, b, c, d, e] = h;
		for (let t = 0; t < 80; t++) {
			const [f, k] =
				t < 20
					? [(b & c) | (~b & d), 0x5a827999]
					: t < 40
						? [b ^ c ^ d, 0x6ed9eba1]
						: t < 60
							? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
							: [b ^ c ^ d, 0xca62c1d6];
			const temp = (rotl(a, 5) + f + e + k + w[t]) | 0;
			[e, d, c, b, a] = [d, c, rotl(b, 30), a, temp];
		}
		h[0] = (h[0] + a) | 0;
		h[1] = (h[1] + b) | 0;
		h[2] = (h[2] + c) | 0;
		h[3] = (h[3] + d) | 0;
		h[4] = (h[4] + e) | 0;
	}
	return h.map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}

/** Anki's field checksum: the first 8 hex digits of the SHA-1 of the text (UTF-8), as a number. */
export function fieldChecksum(text: string): number {
	return parseInt(sha1Hex(new TextEncoder().encode(text)).slice(0, 8), 16);
}
