/**
 * The media of an Anki package: the `media` list maps each file's name to
 * the zip entry holding it (`"0"`, `"1"`…). Legacy packages write the list
 * as JSON; current ones as a zstd-compressed protobuf, with each file
 * zstd-compressed too.
 */
import type { Warning } from './errors';
import { pbMessages, pbNumber, pbString, readMessage } from './protobuf';
import { readEntry, type ZipEntry } from './zip';
import { isZstd, unzstd } from './zstd';

/** A media file name that cannot climb out of a folder or hide as a dot file. */
export function safeMediaName(name: string): boolean {
	return name.length > 0 && name.length <= 255 && !/[\\/\u0000-\u001f]/.test(name) && name !== '.' && name !== '..';
}

/** File name → zip entry name, from the package's media list. */
export function mediaList(list: Uint8Array | undefined, current: boolean, maxBytes: number): Map<string, string> {
	const out = new Map<string, string>();
	if (!list || list.byteLength === 0) return out;
	if (current) {
		// MediaEntries { repeated MediaEntry entries = 1 }; MediaEntry { name = 1; legacy_zip_filename = 255 }.
		const entries = pbMessages(readMessage(unzstd(list, maxBytes, 'the media list')), 1);
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

/** The named media files' bytes, with a warning for each one that is missing or unsafe. */
export function extractMedia(
	bytes: Uint8Array,
	names: Iterable<string>,
	list: Map<string, string>,
	entries: Map<string, ZipEntry>,
	maxBytes: number
): { media: Map<string, Uint8Array>; warnings: Warning[] } {
	const media = new Map<string, Uint8Array>();
	const warnings: Warning[] = [];
	for (const name of names) {
		if (/^(https?|data):/i.test(name)) continue;
		const entry = entries.get(list.get(name) ?? '');
		if (!safeMediaName(name)) warnings.push({ message: `the media file name ${JSON.stringify(name)} is not safe and was skipped` });
		else if (!entry) warnings.push({ message: `the image ${JSON.stringify(name)} is missing from the package` });
		else {
			const data = readEntry(bytes, entry);
			media.set(name, isZstd(data) ? unzstd(data, maxBytes, name) : data);
		}
	}
	return { media, warnings };
}
