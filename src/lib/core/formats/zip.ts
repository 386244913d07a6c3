/**
 * Reading a zip archive within limits. The central directory is read first
 * and the entry count and the sizes it declares are checked before anything
 * is inflated; inflating then stops as soon as an entry outgrows its declared
 * size, so an archive that lies about its sizes cannot exhaust memory either.
 * One `UnpackBudget` counts the bytes actually produced, by every entry and
 * by any compression nested inside one, against the same total.
 */
import { Inflate } from 'fflate';
import { formatSize } from './text';

/** What an archive may hold. */
export interface ZipLimits {
	maxEntries: number;
	/** Sum of the declared uncompressed sizes. */
	maxTotalBytes: number;
	/** Declared uncompressed size of any one entry. */
	maxEntryBytes: number;
}

/**
 * 10,000 files, 512 MB in all, 256 MB for any one file. A deck of 200,000
 * notes of five 100-character fields is a collection of about 140 MB, so
 * one file may be well past the 100 MB a package itself may be.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
	maxEntries: 10_000,
	maxTotalBytes: 512 * 1024 * 1024,
	maxEntryBytes: 256 * 1024 * 1024
};

/** A failure reading the archive; its message is meant for the user. */
export class ZipError extends Error {}

/**
 * The bytes that unpacking may still produce, shared by every entry of an
 * archive and every compressed stream inside an entry (Anki's zstd), so
 * that no nesting walks around the total.
 */
export class UnpackBudget {
	private spent = 0;

	constructor(readonly limit: number) {}

	/** What may still be produced. */
	get left(): number {
		return this.limit - this.spent;
	}

	/** Counts `n` more bytes produced for `what`; throws once the total passes the limit. */
	take(n: number, what: string): void {
		this.spent += n;
		if (this.spent > this.limit) {
			throw new ZipError(`the package unpacks to more than ${formatSize(this.limit)} in all (stopped at ${JSON.stringify(what)}), the most Factdeck reads`);
		}
	}
}

/** One entry as the central directory declares it. */
export interface ZipEntry {
	name: string;
	method: number;
	compressedSize: number;
	size: number;
	localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEnd(view: DataView): number {
	// The end record is 22 bytes, followed by a comment of at most 65535 bytes.
	const last = view.byteLength - 22;
	for (let i = last; i >= 0 && i >= last - 65535; i--) if (view.getUint32(i, true) === EOCD) return i;
	throw new ZipError('not a zip archive (no central directory)');
}

/** The entries of the archive, after checking the limits on what the central directory declares. */
export function listZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = findEnd(view);
	const count = view.getUint16(end + 10, true);
	const dirSize = view.getUint32(end + 12, true);
	const dirOffset = view.getUint32(end + 16, true);
	if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipError('zip64 archives are not supported');
	if (count > limits.maxEntries) throw new ZipError(`the archive has ${count} files; at most ${limits.maxEntries} are allowed`);
	if (dirOffset + dirSize > bytes.byteLength) throw new ZipError('the archive is truncated (its central directory is missing)');
	const entries: ZipEntry[] = [];
	let total = 0;
	let p = dirOffset;
	for (let i = 0; i < count; i++) {
		if (p + 46 > bytes.byteLength || view.getUint32(p, true) !== CENTRAL) throw new ZipError('the archive is damaged (bad central directory)');
		const method = view.getUint16(p + 10, true);
		const compressedSize = view.getUint32(p + 20, true);
		const size = view.getUint32(p + 24, true);
		const nameLength = view.getUint16(p + 28, true);
		const extraLength = view.getUint16(p + 30, true);
		const commentLength = view.getUint16(p + 32, true);
		const localOffset = view.getUint32(p + 42, true);
		if (p + 46 + nameLength > bytes.byteLength) throw new ZipError('the archive is damaged (bad central directory)');
		const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
		if (size === 0xffffffff || compressedSize === 0xffffffff) throw new ZipError('zip64 archives are not supported');
		if (size > limits.maxEntryBytes) {
			throw new ZipError(`${JSON.stringify(name)} would unpack to ${formatSize(size)}; at most ${formatSize(limits.maxEntryBytes)} per file is allowed`);
		}
		total += size;
		if (total > limits.maxTotalBytes) throw new ZipError(`the archive would unpack to more than ${formatSize(limits.maxTotalBytes)}, the most allowed`);
		entries.push({ name, method, compressedSize, size, localOffset });
		p += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** The entry's bytes, inflated no further than its declared size, which is taken from `budget` first. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, budget: UnpackBudget): Uint8Array {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const p = entry.localOffset;
	if (p + 30 > bytes.byteLength || view.getUint32(p, true) !== LOCAL) throw new ZipError(`the archive is damaged (${entry.name})`);
	const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
	const end = start + entry.compressedSize;
	if (end > bytes.byteLength) throw new ZipError(`the archive is truncated (${entry.name})`);
	const data = bytes.subarray(start, end);
	budget.take(entry.size, entry.name);
	if (entry.method === 0) {
		if (data.byteLength !== entry.size) throw new ZipError(`the archive is damaged (${entry.name})`);
		return data.slice();
	}
	if (entry.method !== 8) throw new ZipError(`${JSON.stringify(entry.name)} uses compression method ${entry.method}, which is not supported`);
	const out = new Uint8Array(entry.size);
	let written = 0;
	let done = false;
	const inflater = new Inflate((chunk, final) => {
		if (written + chunk.byteLength > entry.size) throw new ZipError(`${JSON.stringify(entry.name)} unpacks to more than its declared size`);
		out.set(chunk, written);
		written += chunk.byteLength;
		if (final) done = true;
	});
	const step = 16 * 1024;
	for (let i = 0; i < data.byteLength; i += step) inflater.push(data.subarray(i, i + step), i + step >= data.byteLength);
	if (data.byteLength === 0) inflater.push(new Uint8Array(0), true);
	if (!done || written !== entry.size) throw new ZipError(`the archive is damaged (${entry.name} is incomplete)`);
	return out;
}
