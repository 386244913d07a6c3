/**
 * Zstandard decompression (Anki's current package format) within a size
 * limit and a shared budget. Every frame's header is checked before any
 * decoding. A frame that declares its size is decoded straight into a buffer
 * of that size, taken from the budget first, so it can never produce more.
 * A frame that does not (Anki writes these) is streamed block by block, at
 * most 128 KB each, stopping as soon as the output passes the limit or the
 * budget: a frame that claims or produces a huge size costs no more than
 * the limit.
 */
import { Decompress, decompress } from 'fzstd';
import { formatSize } from './text';
import { ZipError, type UnpackBudget } from './zip';

const MAGIC = 0xfd2fb528;

/**
 * The largest window a frame that does not declare its size may ask for:
 * 8 MB, the window of zstd's levels up to 19 (Anki writes 2 MB). fzstd
 * allocates it up front and, streaming, shifts all of it after every block,
 * so a larger window would cost memory and time out of proportion.
 */
export const MAX_ZSTD_WINDOW = 8 * 1024 * 1024;

/** True when the bytes start a Zstandard frame. */
export function isZstd(bytes: Uint8Array): boolean {
	return bytes.byteLength >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) === MAGIC;
}

interface Frame {
	/** Where the frame's bytes start and end. */
	start: number;
	end: number;
	window: number;
	/** The content size the header declares, when it does. */
	content?: number;
}

const truncated = (what: string) => new ZipError(`${what} is truncated`);

/** Reads the header of the frame at `p`; returns it and where its blocks start. */
function frameHeader(bytes: Uint8Array, p: number, what: string): { frame: Omit<Frame, 'end'>; blocks: number; checksum: boolean } {
	if (p + 6 > bytes.byteLength) throw truncated(what);
	const flags = bytes[p + 4];
	const singleSegment = (flags >> 5) & 1;
	const contentFlag = flags >> 6;
	const dictBytes = [0, 1, 2, 4][flags & 3];
	let at = p + 5;
	let window = 0;
	if (!singleSegment) {
		const base = 2 ** (10 + (bytes[at] >> 3));
		window = base + (base / 8) * (bytes[at] & 7);
		at += 1;
	}
	at += dictBytes;
	const sizeBytes = contentFlag === 0 ? singleSegment : 1 << contentFlag;
	if (at + sizeBytes > bytes.byteLength) throw truncated(what);
	let content: number | undefined;
	if (sizeBytes > 0) {
		content = 0;
		for (let i = sizeBytes - 1; i >= 0; i--) content = content * 256 + bytes[at + i];
		if (sizeBytes === 2) content += 256;
	}
	// A single-segment frame's window is its whole content.
	return { frame: { start: p, window: singleSegment ? (content ?? 0) : window, content }, blocks: at + sizeBytes, checksum: ((flags >> 2) & 1) === 1 };
}

/**
 * Every frame's header, walking the block headers between them (linear, no
 * decoding): fzstd reads each frame's header only when it reaches it, so a
 * small first frame could otherwise hide a huge window in the second.
 */
function frames(bytes: Uint8Array, what: string): Frame[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const out: Frame[] = [];
	let p = 0;
	while (p < bytes.byteLength) {
		if (p + 8 > bytes.byteLength) throw truncated(what);
		const magic = view.getUint32(p, true);
		if (magic >>> 4 === 0x184d2a5) {
			p += 8 + view.getUint32(p + 4, true); // a skippable frame
			continue;
		}
		if (magic !== MAGIC) throw new ZipError(`${what} is not Zstandard-compressed`);
		const { frame, blocks, checksum } = frameHeader(bytes, p, what);
		p = blocks;
		for (let last = false; !last;) {
			if (p + 3 > bytes.byteLength) throw truncated(what);
			const header = bytes[p] | (bytes[p + 1] << 8) | (bytes[p + 2] << 16);
			last = (header & 1) === 1;
			const type = (header >> 1) & 3;
			if (type === 3) throw new ZipError(`${what} is damaged (a reserved Zstandard block type)`);
			p += 3 + (type === 1 ? 1 : header >>> 3);
		}
		if (checksum) p += 4;
		if (p > bytes.byteLength) throw truncated(what);
		out.push({ ...frame, end: p });
	}
	return out;
}

/**
 * The output, in one buffer that doubles as it fills: blocks can be tiny, and
 * a list of millions of them would cost far more memory than their bytes.
 */
class Output {
	private buf = new Uint8Array(0);
	length = 0;

	/** Room for `n` more bytes, at the end; `n` has been taken from the budget already. */
	reserve(n: number): Uint8Array {
		const need = this.length + n;
		if (need > this.buf.byteLength) {
			const grown = new Uint8Array(Math.max(need, Math.min(2 * this.buf.byteLength, need + 64 * 1024 * 1024), 64 * 1024));
			grown.set(this.buf.subarray(0, this.length));
			this.buf = grown;
		}
		const room = this.buf.subarray(this.length, need);
		this.length = need;
		return room;
	}

	/** The bytes written, without spare room. */
	bytes(): Uint8Array {
		return this.length === this.buf.byteLength ? this.buf : this.buf.slice(0, this.length);
	}
}

/** Decompresses, refusing output beyond `maxBytes` for this stream or beyond what `budget` has left. */
export function unzstd(bytes: Uint8Array, maxBytes: number, what: string, budget: UnpackBudget): Uint8Array {
	if (!isZstd(bytes)) throw new ZipError(`${what} is not Zstandard-compressed`);
	const tooBig = () => new ZipError(`${what} would unpack to more than ${formatSize(maxBytes)}, the most allowed`);
	const declared = frames(bytes, what);
	let claimed = 0;
	for (const { window, content } of declared) {
		claimed += content ?? 0;
		if (claimed > maxBytes) throw tooBig();
		if (content === undefined && window > MAX_ZSTD_WINDOW) {
			throw new ZipError(`${what} asks for a Zstandard window of ${formatSize(window)}; Factdeck reads at most ${formatSize(MAX_ZSTD_WINDOW)}`);
		}
	}
	const out = new Output();
	const room = (n: number) => {
		if (out.length + n > maxBytes) throw tooBig();
		budget.take(n, what);
		return out.reserve(n);
	};
	for (const { start, end, content } of declared) {
		const frame = bytes.subarray(start, end);
		if (content !== undefined) {
			// Decoded in place; the room is taken before it is allocated, and fzstd writes nothing past it.
			decompress(frame, room(content));
			continue;
		}
		let ended = false;
		const decoder = new Decompress((chunk, final) => {
			room(chunk.byteLength).set(chunk);
			if (final) ended = true;
		});
		const step = 64 * 1024;
		for (let i = 0; i < frame.byteLength; i += step) decoder.push(frame.subarray(i, i + step), i + step >= frame.byteLength);
		if (!ended) throw new ZipError(`${what} is incomplete`);
	}
	return out.bytes();
}
