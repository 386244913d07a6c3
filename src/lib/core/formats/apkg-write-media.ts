/**
 * The media of a package being written: every image the notes show, once,
 * numbered in the order they are first shown, and Anki's `media` list that
 * names the zip entry ("0", "1"…) of each.
 */
import { MAX_MEDIA_FILE_BYTES, safeMediaName } from './anki-media';
import type { NoteOut } from './apkg-write-notes';
import { imageSources } from './html';
import { formatSize } from './text';

/** The files to pack, in entry order, and the list that names them. */
export interface PackageMedia {
	files: Uint8Array[];
	list: Record<string, string>;
}

/**
 * The images the notes show, with their bytes from `media`. An image a note
 * shows but the bank does not hold, or one too large for Anki's reader, is an
 * error made by `fail`: a package that names a missing file shows a broken
 * image in Anki.
 */
export function packageMedia(notes: readonly NoteOut[], media: ReadonlyMap<string, Uint8Array>, fail: (message: string) => Error): PackageMedia {
	const files: Uint8Array[] = [];
	const list: Record<string, string> = {};
	const seen = new Set<string>();
	notes.forEach((note, i) => {
		for (const name of note.fields.flatMap(imageSources)) {
			// Web addresses and inline data are shown by Anki as they are.
			if (seen.has(name) || /^(https?|data):/i.test(name)) continue;
			seen.add(name);
			const bytes = media.get(name);
			const where = `question ${i + 1} (${note.question.id})`;
			if (!safeMediaName(name)) throw fail(`${where} shows an image named ${JSON.stringify(name)}, which is not a file name Anki accepts`);
			if (!bytes) throw fail(`${where} shows the image ${JSON.stringify(name)}, which is missing from the bank's media`);
			if (bytes.length > MAX_MEDIA_FILE_BYTES) {
				throw fail(`the image ${JSON.stringify(name)} takes ${formatSize(bytes.length)}; at most ${formatSize(MAX_MEDIA_FILE_BYTES)} per image is allowed`);
			}
			list[String(files.length)] = name;
			files.push(bytes);
		}
	});
	return { files, list };
}
