/**
 * An image file the teacher chose or pasted: whether the editor takes it,
 * the name it is stored under, and a first alt text. Only the bank editor
 * needs this; the rest of the app reads images through question-images.ts.
 */
import { sniffImageType } from './image-type';
import { hashString } from './hash';
import { formatSize } from '../formats/text';

/**
 * The largest image the editor takes: 5 MB, a phone photo as it comes. Every
 * image travels inside each backup as base64, so ten large photos would
 * already make a backup of 70 MB.
 */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * The types the editor takes, with the extension their stored names get.
 * SVG is refused rather than sanitized: it is a document that can carry
 * scripts and links, and an SVG Blob opened on its own runs them with the
 * app's origin; a PNG of it shows the same.
 */
const ACCEPTED: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/** What a file chooser offers: the accepted types. */
export const IMAGE_ACCEPT = Object.keys(ACCEPTED).join(',');

/** An image the editor can take, or why not. */
export type ImageCheck = { ok: true; type: string; extension: string } | { ok: false; message: string };

/**
 * Whether the file `fileName` of `size` bytes is an image the editor takes:
 * a known type by its content (`head`: its first bytes, or all of them), and
 * not too large. Only the head is needed, so a huge file is refused unread.
 */
export function checkImage(fileName: string, head: Uint8Array, size = head.length): ImageCheck {
	const label = fileName || 'The pasted image';
	if (size === 0) return { ok: false, message: `${label} is empty.` };
	const bytes = head;
	const type = sniffImageType(bytes);
	const extension = type ? ACCEPTED[type] : undefined;
	if (!type || !extension) {
		const svg = /\.svgz?$/i.test(fileName) || /^\s*(<\?xml|<svg|<!--)/i.test(new TextDecoder().decode(bytes.subarray(0, 256)));
		if (svg) return { ok: false, message: `${label} is an SVG drawing, which can carry scripts: save it as a PNG and add that.` };
		return { ok: false, message: `${label} is not an image Factdeck can show: choose a PNG, JPEG, GIF or WebP file.` };
	}
	if (size > MAX_IMAGE_BYTES)
		return {
			ok: false,
			message: `${label} is ${formatSize(size)}; an image may be at most ${formatSize(MAX_IMAGE_BYTES)}. Save it smaller (a JPEG, or fewer pixels) and add it again.`
		};
	return { ok: true, type, extension };
}

/** The stored name of an image from the hash of its content: the same picture added twice is stored once. */
export function imageName(hash: string, extension: string): string {
	return `image-${hash}.${extension}`;
}

/** A first alt text from the file's name ("cell-diagram.png" → "cell diagram"), for the teacher to improve. */
export function defaultAlt(fileName: string): string {
	const words = fileName
		.replace(/\.[a-z0-9]+$/i, '')
		.replace(/[-_.]+/g, ' ')
		.trim();
	// Pasted images come as "image.png": the name says nothing.
	return words && !/^image$/i.test(words) ? words : 'Image';
}

/** A hash of an image's bytes for its stored name: two lanes of hashString, 22 base-36 digits. */
export function imageHash(bytes: Uint8Array): string {
	// Latin-1 maps each byte to one character, so the string hash sees every byte as it is.
	const text = new TextDecoder('latin1').decode(bytes);
	return hashString(text) + hashString(text, 1);
}
