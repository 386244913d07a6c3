/**
 * Text input for the text formats: bytes to a string (UTF-8, or UTF-16 with a
 * byte-order mark, or Latin-1 for old exports), with the file size limit.
 */
import { failure, type FormatName, type Warning } from './errors';

/** The largest file any importer reads. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** A size for messages: formatSize with one decimal, or kilobytes or bytes when smaller. */
export function formatSize(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** A count with thousands separated, as every cap message writes its numbers: 250,000. */
export { formatCount } from '../count';

/** The message for an input over the size limit. */
export function tooLargeMessage(limit = MAX_FILE_BYTES): string {
	return `the file is larger than ${formatSize(limit)}, the most Factdeck imports`;
}

/** Text decoded from the input, or the failure to return as is. */
export type Decoded = { ok: true; text: string; warnings: Warning[] } | ReturnType<typeof failure>;

function latin1(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
	return out;
}

/** Decodes the input as text; strings pass through with their byte-order mark removed. */
export function decodeText(input: string | Uint8Array, format: FormatName): Decoded {
	const size = typeof input === 'string' ? input.length : input.byteLength;
	if (size > MAX_FILE_BYTES) return failure(format, [{ message: tooLargeMessage() }]);
	if (typeof input === 'string') return { ok: true, text: input.replace(/^\uFEFF/, ''), warnings: [] };
	const [a, b, c] = input;
	if (a === 0xff && b === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(input.subarray(2)), warnings: [] };
	if (a === 0xfe && b === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(input.subarray(2)), warnings: [] };
	const body = a === 0xef && b === 0xbb && c === 0xbf ? input.subarray(3) : input;
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), warnings: [] };
	} catch {
		// Spreadsheet programs on Windows still save CSV in a single-byte code page.
		return { ok: true, text: latin1(body), warnings: [{ message: 'the file is not UTF-8; it was read as Latin-1' }] };
	}
}

/** Lines without their line breaks (LF, CRLF or CR). */
export function splitLines(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
}

/** Where the line starting at `from` ends, and where the next one starts. */
function lineEnd(text: string, from: number): { end: number; next: number } {
	let end = from;
	while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
	const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : Math.min(text.length, end + 1);
	return { end, next };
}

/** Lines one at a time (breaks as in splitLines), for reading a file's first lines without splitting all of it. */
export function* eachLine(text: string): Generator<string> {
	for (let at = 0; at < text.length;) {
		const { end, next } = lineEnd(text, at);
		yield text.slice(at, end);
		at = next;
	}
}

/** The offset where line `count` + 1 starts: the text after its first `count` lines. */
export function offsetAfterLines(text: string, count: number): number {
	let at = 0;
	for (let n = 0; n < count && at < text.length; n++) at = lineEnd(text, at).next;
	return at;
}

/** A title from a file name: its stem with separators turned into spaces. */
export function titleFromName(name: string | undefined): string | undefined {
	if (!name) return undefined;
	const base = name.split(/[\\/]/).pop() ?? '';
	const stem = base
		.replace(/\.[A-Za-z0-9]{1,6}$/, '')
		.replace(/[_]+/g, ' ')
		.trim();
	return stem || undefined;
}
