/**
 * Zstandard decompression (Anki's current package format) within a size
 * limit: the frame header's window and content sizes are checked before
 * decoding, and decoding stops as soon as the output passes the limit.
 */
import { Decompress } from 'fzstd';
import { ZipError } from './zip';
import { formatSize } from './text';

const MAGIC = 0xfd2fb528;

/** True when the bytes start a Zstandard frame. */
export function isZstd(bytes: Uint8Array): boolean {
	return bytes.byteLength >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) === MAGIC;
}

/** Window and declared content size of the first frame, as far as its header says. */
function frameHeader(bytes: Uint8Array): { window?: number; content?: number } {
	if (bytes.byteLength < 6) throw new ZipError('the compressed data is truncated');
	const flags = bytes[4];
	const singleSegment = (flags >> 5) & 1;
	const contentFlag = flags >> 6;
	const dictBytes = [0, 1, 2, 4][flags & 3];
	let p = 5;
	let window: number | undefined;
	if (!singleSegment) {
		const exponent = 10 + (bytes[p] >> 3);
		const base = 2 ** exponent;
		window = base + (base / 8) * (bytes[p] & 7);
		p += 1;
	}
	p += dictBytes;
	const sizeBytes = contentFlag === 0 ? singleSegment : 1 << contentFlag;
	if (sizeBytes === 0) return { window };
	if (p + sizeBytes > bytes.byteLength) throw new ZipError('the compressed data is truncated');
	let content = 0;
	for (let i = sizeBytes - 1; i >= 0; i--) content = content * 256 + bytes[p + i];
	if (sizeBytes === 2) content += 256;
	return { window, content };
}

/** Decompresses, refusing output beyond `maxBytes`. */
export function unzstd(bytes: Uint8Array, maxBytes: number, what: string): Uint8Array {
	if (!isZstd(bytes)) throw new ZipError(`${what} is not Zstandard-compressed`);
	const { window, content } = frameHeader(bytes);
	const tooBig = () => new ZipError(`${what} would unpack to more than ${formatSize(maxBytes)}, the most allowed`);
	if ((content ?? 0) > maxBytes || (window ?? 0) > Math.max(maxBytes, 8 * 1024 * 1024)) throw tooBig();
	const chunks: Uint8Array[] = [];
	let total = 0;
	let ended = false;
	const stream = new Decompress((chunk, final) => {
		total += chunk.byteLength;
		if (total > maxBytes) throw tooBig();
		chunks.push(chunk);
		if (final) ended = true;
	});
	const step = 64 * 1024;
	for (let i = 0; i < bytes.byteLength; i += step) stream.push(bytes.subarray(i, i + step), i + step >= bytes.byteLength);
	if (!ended) throw new ZipError(`${what} is incomplete`);
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.byteLength;
	}
	return out;
}
