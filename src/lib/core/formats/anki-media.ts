/**
 * The media of an Anki package: the `media` list maps each file's name to
 * the zip entry holding it (`"0"`, `"1"`…). Legacy packages write the list
 * as JSON; current ones as a zstd-compressed protobuf, with each file
 * zstd-compressed too. Only the files a question shows are ever unpacked.
 */
import type { Warning } from './errors';
import { pbMessages, pbNumber, pbString, readMessage } from './protobuf';
import { formatSize } from './text';
import { readEntry, ZipError, type UnpackBudget, type ZipEntry } from './zip';
import { isZstd, unzstd } from './zstd';

/**
 * The largest media list read: 16 MB, room for the 10,000 files a package
 * may hold with 255-character names written as JSON escapes.
 */
export const MAX_MEDIA_LIST_BYTES = 16 * 1024 * 1024;

/** A media file name that cannot climb out of a folder or hide as a dot file. */
export function safeMediaName(name: string): boolean {
	return name.length > 0 && name.length <= 255 && !/[\\/\u0000-\u001f]/.test(name) && name !== '.' && name !== '..';
}

/** The largest image read: 32 MB, past any photo a card would show; a larger one is refused as it unpacks. */
export const MAX_MEDIA_FILE_BYTES = 32 * 1024 * 1024;

/** File name → zip entry name, from the package's media list (`entry`, when it has one). */
export function mediaList(bytes: Uint8Array, entry: ZipEntry | undefined, current: boolean, budget: UnpackBudget): Map<string, string> {
	const out = new Map<string, string>();
	if (!entry || entry.size === 0) return out;
	if (entry.size > MAX_MEDIA_LIST_BYTES) throw new ZipError(`the media list is larger than ${formatSize(MAX_MEDIA_LIST_BYTES)}, the most Factdeck reads`);
	const list = readEntry(bytes, entry, budget);
	if (current) {
		// MediaEntries { repeated MediaEntry entries = 1 }; MediaEntry { name = 1; legacy_zip_filename = 255 }.
		const entries = pbMessages(readMessage(unzstd(list, MAX_MEDIA_LIST_BYTES, 'the media list', budget)), 1);
		entries.forEach((entry, index) => {
			const fields = readMessage(entry);
			out.set(pbString(fields, 1), String(pbNumber(fields, 255, index)));
		});
		return out;
	}
	const json: unknown = JSON.parse(new TextDecoder().decode(list));
	if (typeof json !== 'object' || json === null || Array.isArray(json)) return out;
	for (const [entry, name] of Object.entries(json)) if (typeof name === 'string') out.set(name, entry);
	return out;
}

/** The named media files' bytes (no others are unpacked), with a warning for each one that is missing or unsafe. */
export function extractMedia(
	bytes: Uint8Array,
	names: Iterable<string>,
	list: Map<string, string>,
	entries: Map<string, ZipEntry>,
	budget: UnpackBudget
): { media: Map<string, Uint8Array>; warnings: Warning[] } {
	const media = new Map<string, Uint8Array>();
	const warnings: Warning[] = [];
	for (const name of names) {
		if (/^(https?|data):/i.test(name)) continue;
		const entry = entries.get(list.get(name) ?? '');
		if (!safeMediaName(name)) warnings.push({ message: `the media file name ${JSON.stringify(name)} is not safe and was skipped` });
		else if (!entry) warnings.push({ message: `the image ${JSON.stringify(name)} is missing from the package` });
		else if (entry.size > MAX_MEDIA_FILE_BYTES) {
			throw new ZipError(`${JSON.stringify(name)} would unpack to ${formatSize(entry.size)}; at most ${formatSize(MAX_MEDIA_FILE_BYTES)} per image is allowed`);
		} else {
			const data = readEntry(bytes, entry, budget);
			media.set(name, isZstd(data) ? unzstd(data, MAX_MEDIA_FILE_BYTES, name, budget) : data);
		}
	}
	return { media, warnings };
}
