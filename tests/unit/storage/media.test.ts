import { deleteMedia, getMedia, listMediaNames, mediaType, saveMedia } from '$lib/storage/media';
import { closeAll, freshDb } from './helpers';

afterEach(closeAll);

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 9]);
const bytesOf = async (blob: Blob | undefined) => [...new Uint8Array(await blob!.arrayBuffer())];

describe('mediaType', () => {
	it('goes by the content first, then by the extension', () => {
		expect(mediaType('photo.jpg', PNG)).toBe('image/png');
		expect(mediaType('noext', JPEG)).toBe('image/jpeg');
		expect(mediaType('a.gif', new TextEncoder().encode('GIF89a...'))).toBe('image/gif');
		expect(mediaType('x', new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
		expect(mediaType('pic.JPEG', new Uint8Array([1, 2]))).toBe('image/jpeg');
		expect(mediaType('sound.mp3', new Uint8Array([1, 2]))).toBe('application/octet-stream');
	});

	it("never labels SVG as an image, so it is never rendered with the app's origin", () => {
		expect(mediaType('evil.svg', new TextEncoder().encode('<svg onload="alert(1)"/>'))).toBe('application/octet-stream');
	});
});

describe('saveMedia / getMedia', () => {
	it('stores Blobs by bank and name and reads them back byte for byte', async () => {
		const d = freshDb();
		await saveMedia(
			'deck',
			[
				{ name: 'a.png', type: 'image/png', bytes: PNG },
				{ name: 'b.jpg', type: 'image/jpeg', bytes: JPEG }
			],
			d
		);
		await saveMedia('other', [{ name: 'a.png', type: 'image/png', bytes: JPEG }], d);
		const a = await getMedia('deck', 'a.png', d);
		expect(a).toBeInstanceOf(Blob);
		expect(a!.type).toBe('image/png');
		expect(await bytesOf(a)).toEqual([...PNG]);
		expect(await bytesOf(await getMedia('other', 'a.png', d))).toEqual([...JPEG]);
		expect(await getMedia('deck', 'missing.png', d)).toBeUndefined();
		expect(await listMediaNames('deck', d)).toEqual(['a.png', 'b.jpg']);
	});

	it("copies only the file's own bytes out of a larger buffer", async () => {
		const d = freshDb();
		const zip = new Uint8Array([7, 7, 7, ...PNG, 7, 7]);
		await saveMedia('deck', [{ name: 'a.png', type: 'image/png', bytes: zip.subarray(3, 3 + PNG.length) }], d);
		expect(await bytesOf(await getMedia('deck', 'a.png', d))).toEqual([...PNG]);
	});

	it("replaces a file of the same name, and deletes one bank's media only", async () => {
		const d = freshDb();
		await saveMedia('deck', [{ name: 'a.png', type: 'image/png', bytes: PNG }], d);
		await saveMedia('deck', [{ name: 'a.png', type: 'image/jpeg', bytes: JPEG }], d);
		await saveMedia('deck2', [{ name: 'z.png', type: 'image/png', bytes: PNG }], d);
		expect(await bytesOf(await getMedia('deck', 'a.png', d))).toEqual([...JPEG]);
		expect(await d.media.count()).toBe(2);
		expect(await deleteMedia('deck', d)).toBe(1);
		expect(await listMediaNames('deck', d)).toEqual([]);
		expect(await listMediaNames('deck2', d)).toEqual(['z.png']);
	});
});
