import { zipSync } from 'fflate';
import { DEFAULT_ZIP_LIMITS, listZip, readEntry, UnpackBudget, ZipError } from '$lib/core/formats/zip';

/** Overwrites the uncompressed size the central directory declares for the first entry (archive without comment). */
function claimSize(zip: Uint8Array, size: number): Uint8Array {
	const copy = zip.slice();
	const view = new DataView(copy.buffer);
	const directory = view.getUint32(copy.length - 22 + 16, true);
	expect(view.getUint32(directory, true)).toBe(0x02014b50);
	view.setUint32(directory + 24, size, true);
	return copy;
}

const zeros = (n: number) => new Uint8Array(n);
const budget = () => new UnpackBudget(DEFAULT_ZIP_LIMITS.maxTotalBytes);

describe('listZip limits, checked before inflating', () => {
	it('lists entries with their declared sizes', () => {
		const zip = zipSync({ a: new TextEncoder().encode('hello'), b: zeros(1000) });
		expect(listZip(zip).map((e) => [e.name, e.size])).toEqual([
			['a', 5],
			['b', 1000]
		]);
	});

	it('rejects a zip bomb whose central directory claims a huge size, without inflating anything', () => {
		const bomb = claimSize(zipSync({ 'collection.anki2': zeros(1 << 20) }), 0xfffffff0);
		expect(() => listZip(bomb)).toThrow(ZipError);
		expect(() => listZip(bomb)).toThrow(/would unpack to 4096 MB; at most 256 MB per file is allowed/);
	});

	it('rejects archives whose total declared size passes the limit', () => {
		const zip = zipSync({ a: zeros(600), b: zeros(600) });
		expect(() => listZip(zip, { maxEntries: 10, maxEntryBytes: 1000, maxTotalBytes: 1000 })).toThrow(/more than/);
	});

	it('rejects too many entries before reading any of them', () => {
		const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}`, zeros(1)]));
		expect(() => listZip(zipSync(files), { maxEntries: 3, maxEntryBytes: 100, maxTotalBytes: 100 })).toThrow('the archive has 5 files; at most 3 are allowed');
	});

	it('stops inflating an entry that outgrows the size it declared', () => {
		const liar = claimSize(zipSync({ big: zeros(1 << 20) }), 10);
		const [entry] = listZip(liar);
		expect(() => readEntry(liar, entry, budget())).toThrow(/unpacks to more than its declared size/);
	});

	it('reads stored and deflated entries', () => {
		const text = new TextEncoder().encode('Seoul '.repeat(100));
		const zip = zipSync({ stored: [text, { level: 0 }], deflated: [text, { level: 9 }] });
		for (const entry of listZip(zip)) expect(readEntry(zip, entry, budget())).toEqual(text);
	});

	it('takes every entry read from one budget, refusing the read that passes it', () => {
		const zip = zipSync({ a: zeros(600), b: zeros(600) });
		const shared = new UnpackBudget(1000);
		const [a, b] = listZip(zip);
		expect(readEntry(zip, a, shared)).toHaveLength(600);
		expect(shared.left).toBe(400);
		expect(() => readEntry(zip, b, shared)).toThrow('the package unpacks to more than 1000 bytes in all (stopped at "b"), the most Factdeck reads');
	});

	it('says plainly when the bytes are not a zip', () => {
		expect(() => listZip(new TextEncoder().encode('not a zip at all, just text'))).toThrow('not a zip archive (no central directory)');
	});
});
