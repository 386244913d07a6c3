/**
 * Images in a question. A question shows an image through its rich text
 * (`html.prompt` / `html.answer`): an `<img src="name">` naming a media file
 * stored with the bank, which the sanitizer keeps and RichText fills in. The
 * editor holds a field's images as a list beside its plain text and writes
 * the rich text from both (`composeHtml`), so the teacher edits words and
 * images apart and neither can break the other.
 */
import type { Question, QuestionType } from './schema';
import { sniffImageType } from './image-type';
import { formatSize } from '../formats/text';
import { hashString } from './hash';

/** One image of a field: the media file it shows and its text for people who cannot see it. */
export interface QuestionImage {
	name: string;
	alt: string;
}

/** The fields of a question that may show images. */
export type ImageField = 'prompt' | 'answer';

/** A question's images, field by field. */
export type QuestionImages = Readonly<Record<ImageField, readonly QuestionImage[]>>;

export const NO_IMAGES: QuestionImages = { prompt: [], answer: [] };

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

/** Which fields of a question of this type take images: the prompt always, the answer on a flashcard's back. */
export function imageFields(type: QuestionType): ImageField[] {
	return type === 'flashcard' ? ['prompt', 'answer'] : ['prompt'];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
		if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
		const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
		return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
	});
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function attribute(tag: string, name: string): string | undefined {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return match ? decodeEntities(match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * The images rich text names, in order, each once. A pattern, not a parser:
 * core runs without a DOM, and what is shown is parsed by the sanitizer
 * anyway; this only has to find the `<img>` tags the app and importers write.
 */
export function imagesIn(html: string | undefined): QuestionImage[] {
	const found = new Map<string, QuestionImage>();
	for (const [tag] of (html ?? '').matchAll(/<img\b[^>]*>/gi)) {
		const name = attribute(tag, 'src');
		if (name && !found.has(name) && !/^[a-z][a-z0-9+.-]*:/i.test(name)) found.set(name, { name, alt: attribute(tag, 'alt') ?? '' });
	}
	return [...found.values()];
}

/** A saved question's images, field by field. */
export function imagesOf(q: Question): QuestionImages {
	if (!q.html) return NO_IMAGES;
	return { prompt: imagesIn(q.html.prompt), answer: imagesIn(q.html.answer) };
}

/** Whether two lists of images are the same images with the same alt texts. */
export function sameImages(a: readonly QuestionImage[], b: readonly QuestionImage[]): boolean {
	return a.length === b.length && a.every((image, i) => image.name === b[i].name && image.alt === b[i].alt);
}

/** Rich text for a field: its plain text (line breaks kept), then each image on a line of its own. */
export function composeHtml(text: string, images: readonly QuestionImage[]): string {
	const words = escapeHtml(text).replace(/\r?\n/g, '<br>');
	const pictures = images.map(({ name, alt }) => `<img src="${escapeHtml(name)}" alt="${escapeHtml(alt.trim() || 'Image')}">`);
	return [words, ...pictures].filter(Boolean).join('<br>');
}

/** Whether a field's rich text is just its plain text and images, as the editor writes it (not formatting from an import). */
export function isComposed(text: string, html: string | undefined): boolean {
	return html === undefined || html === composeHtml(text, imagesIn(html));
}

/** Whether `images` (undefined: not touched) are the images the saved question shows. */
export function keepsImages(q: Question, images: QuestionImages | undefined): boolean {
	if (!images) return true;
	const saved = imagesOf(q);
	return sameImages(saved.prompt, images.prompt) && sameImages(saved.answer, images.answer);
}

/**
 * A field's rich text after an edit: the saved rich text while neither its
 * text nor its images changed; else the new text with its images (those
 * given, or when not touched the saved ones), or none when it has no image.
 */
export function editedHtml(text: string, savedText: unknown, savedHtml: string | undefined, images: readonly QuestionImage[] | undefined): string | undefined {
	const kept = images ?? imagesIn(savedHtml);
	if (savedHtml !== undefined && text === String(savedText) && (images === undefined || sameImages(kept, imagesIn(savedHtml)))) return savedHtml;
	return kept.length ? composeHtml(text, kept) : undefined;
}

/** A hash of an image's bytes for its stored name: two lanes of hashString, 22 base-36 digits. */
export function imageHash(bytes: Uint8Array): string {
	// Latin-1 maps each byte to one character, so the string hash sees every byte as it is.
	const text = new TextDecoder('latin1').decode(bytes);
	return hashString(text) + hashString(text, 1);
}
