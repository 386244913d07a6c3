/**
 * The text fields of Moodle XML (`<questiontext format="…"><text>…</text>
 * <file …/></questiontext>`): plain text for grading and search, the HTML kept
 * when it carries more than words, and the images it embeds as base64 turned
 * into media files of the bank, named as the file names them.
 */
import { fromBase64 } from './backup-media';
import { MAX_MEDIA_FILE_BYTES, safeMediaName } from './anki-media';
import { hasMarkup, htmlToText } from './html';
import { htmlTags, imgTags } from './html-tags';
import type { XmlNode } from './moodle-xml-read';
import { formatSize } from './text';

/** Where Moodle's exported HTML points at a file of the same field. */
export const PLUGINFILE = '@@PLUGINFILE@@/';

/** The first child element of that name, if any. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
	const v = node?.[name];
	const first = Array.isArray(v) ? v[0] : v;
	if (typeof first === 'string') return { '#text': first };
	return first && typeof first === 'object' ? (first as XmlNode) : undefined;
}

/** Every child element of that name, in order. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
	const v = node?.[name];
	const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
	return list.map((x) => (typeof x === 'string' ? { '#text': x } : x && typeof x === 'object' ? (x as XmlNode) : {}));
}

/** An element's own text. */
export const ownText = (node: XmlNode | undefined): string => (typeof node?.['#text'] === 'string' ? node['#text'] : '');

/** The text of a field's `<text>` child, or of the element itself when it has none (old files). */
export function fieldText(node: XmlNode | undefined): string {
	const text = child(node, 'text');
	return text ? ownText(text) : ownText(node);
}

/** An attribute's value, or undefined. */
export const attr = (node: XmlNode | undefined, name: string): string | undefined => node?.['@']?.[name];

/** A field's text format as Moodle names it: html, moodle_auto_format, plain_text, markdown (html when absent or unknown, as Moodle assumes). */
export function formatOf(node: XmlNode | undefined, fallback = 'html'): string {
	const f = (attr(node, 'format') ?? fallback).trim();
	return ['html', 'moodle_auto_format', 'plain_text', 'markdown', 'wiki_like'].includes(f) ? f : 'html';
}

/** The name Moodle-bound files get when the question has none: the start of its text. Such a name is not kept when read back. */
export function defaultName(prompt: string): string {
	const line = prompt.replace(/\s+/g, ' ').trim();
	return line.length > 60 ? `${line.slice(0, 59).trimEnd()}…` : line;
}

/** Tags that only lay words out; HTML made of these and text says nothing the plain text does not. */
const LAYOUT_ONLY = new Set(['p', 'br', 'div', 'span']);

/** A field as the bank keeps it: plain text always, HTML when it shows more than words (formatting, images). */
export interface RichText {
	plain: string;
	html?: string;
}

/** A field's text with its format applied; `html` has @@PLUGINFILE@@ already replaced by media names. */
export function richText(raw: string, format: string): RichText {
	// A file of a field whose images are not brought (feedback, answers) is named by its own name.
	const text = raw.trim().replaceAll(PLUGINFILE, '');
	// Markdown (rare in Moodle banks) is read as the text it is, marks included: its words are all there.
	if (format === 'plain_text' || format === 'markdown' || format === 'wiki_like') return { plain: text };
	if (format === 'moodle_auto_format' && !hasMarkup(text)) return { plain: text };
	// Moodle's auto format is HTML whose line breaks count.
	const html = format === 'moodle_auto_format' ? text.replace(/\r?\n/g, '<br>') : text;
	const plain = htmlToText(html);
	const plainOnly = htmlTags(html).every((t) => LAYOUT_ONLY.has(t.name.toLowerCase()));
	return plainOnly ? { plain } : { plain, html };
}

/** Why an embedded file cannot be read; the whole file is refused, as it is damaged. */
export class BadFile extends Error {
	constructor(
		readonly line: number,
		message: string
	) {
		super(message);
	}
}

/**
 * The images of a quiz, gathered field by field: each embedded file that a
 * kept HTML field shows becomes a media file of the bank. Two questions may
 * each embed their own `image.png`; the second of other bytes is renamed.
 */
export class MediaFiles {
	readonly media = new Map<string, Uint8Array>();

	/** The field's HTML with each `@@PLUGINFILE@@/name` replaced by the media name its bytes were stored under. */
	take(html: string, field: XmlNode | undefined, where: string, line: number): string {
		if (!html.includes(PLUGINFILE)) return html;
		const files = new Map<string, XmlNode>();
		for (const f of children(field, 'file')) {
			const path = (attr(f, 'path') ?? '/').replace(/^\/+/, '');
			files.set(`${path}${attr(f, 'name') ?? ''}`, f);
		}
		// Only images become media files; a link to another file stays a link Moodle alone can follow.
		let out = '';
		let from = 0;
		for (const tag of imgTags(html)) {
			const body = html.slice(tag.start, tag.end).replace(/(\ssrc\s*=\s*["']?)@@PLUGINFILE@@\/([^"'\s>?#]+)/i, (_whole, head: string, src: string) => {
				let key = src;
				try {
					key = decodeURIComponent(src);
				} catch {
					// A % that is not an escape: the name as written.
				}
				const file = files.get(key);
				return head + (file ? this.store(key.replace(/\//g, '_'), file, where, line) : key.replace(/\//g, '_'));
			});
			out += html.slice(from, tag.start) + body;
			from = tag.end;
		}
		return out + html.slice(from);
	}

	private store(name: string, file: XmlNode, where: string, line: number): string {
		if (!safeMediaName(name)) throw new BadFile(line, `${where}: the embedded file name ${JSON.stringify(name)} is not safe`);
		if (attr(file, 'encoding') !== 'base64') throw new BadFile(line, `${where}: the embedded file ${JSON.stringify(name)} is not marked encoding="base64"`);
		const text = ownText(file).replace(/\s+/g, '');
		if (text.length > (MAX_MEDIA_FILE_BYTES / 3) * 4 + 4)
			throw new BadFile(
				line,
				`${where}: the embedded file ${JSON.stringify(name)} is larger than ${formatSize(MAX_MEDIA_FILE_BYTES)}, the most Factdeck reads per image`
			);
		const bytes = /^[A-Za-z0-9+/]*={0,2}$/.test(text) ? fromBase64(text) : null;
		if (!bytes || bytes.length === 0) throw new BadFile(line, `${where}: the embedded file ${JSON.stringify(name)} is not valid base64`);
		let stored = name;
		for (let n = 2; this.media.has(stored) && !same(this.media.get(stored) as Uint8Array, bytes); n++) stored = name.replace(/(\.[^.]*)?$/, `-${n}$1`);
		this.media.set(stored, bytes);
		return stored;
	}
}

function same(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
