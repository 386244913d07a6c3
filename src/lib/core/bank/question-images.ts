/**
 * Images in a question. A question shows an image through its rich text
 * (`html.prompt` / `html.answer`): an `<img src="name">` naming a media file
 * stored with the bank, which the sanitizer keeps and RichText fills in. The
 * editor holds a field's images as a list beside its plain text and writes
 * the rich text from both (`composeHtml`), so the teacher edits words and
 * images apart and neither can break the other.
 */
import type { Question, QuestionType } from './schema';

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
