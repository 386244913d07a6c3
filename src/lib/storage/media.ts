/**
 * Images of a bank (from imported decks, or added in the editor), stored as Blobs next to the bank they belong
 * to. A question's rich text names an image; the page asks for it by bank
 * and name and shows it through an object URL in an <img>.
 */
import { sniffImageType } from '../core/bank/image-type';
import { db, type FactdeckDB } from './db';
import { bankMedia } from './bank-ranges';
import type { MediaRow } from './rows';

/** A file to store, as an importer hands it over. */
export interface MediaFile {
	name: string;
	/** MIME type; see mediaType for how an importer without one picks it. */
	type: string;
	bytes: Uint8Array;
}

/**
 * Raster image types by extension. SVG is left out on purpose: an SVG Blob
 * opened on its own runs its scripts with the app's origin, so it is stored
 * as opaque bytes and never rendered.
 */
const IMAGE_TYPES: Record<string, string> = {
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	webp: 'image/webp',
	avif: 'image/avif',
	bmp: 'image/bmp'
};

/** The MIME type of a media file: its content's signature first, then its extension. */
export function mediaType(name: string, bytes: Uint8Array): string {
	const sniffed = sniffImageType(bytes);
	if (sniffed) return sniffed;
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	return IMAGE_TYPES[ext] ?? 'application/octet-stream';
}

/** The stored rows for these files (Blobs built before any transaction starts). */
export function toMediaRows(bankId: string, files: readonly MediaFile[]): MediaRow[] {
	// slice(): a view over a plain ArrayBuffer of its own, which Blob accepts whatever backed the input.
	return files.map((f) => ({ bankId, name: f.name, type: f.type, blob: new Blob([f.bytes.slice()], { type: f.type }) }));
}

/**
 * Stores a bank's media files, replacing any of the same name. Called inside
 * an import's transaction it joins it, so a failed import stores no image.
 */
export async function saveMedia(bankId: string, files: readonly MediaFile[], database: FactdeckDB = db): Promise<void> {
	const rows = toMediaRows(bankId, files);
	await database.transaction('rw', database.media, () => database.media.bulkPut(rows));
}

/** One image of a bank, or undefined when it is not stored. */
export async function getMedia(bankId: string, name: string, database: FactdeckDB = db): Promise<Blob | undefined> {
	return (await database.media.get([bankId, name]))?.blob;
}

/** The names of a bank's stored media, sorted. */
export async function listMediaNames(bankId: string, database: FactdeckDB = db): Promise<string[]> {
	const keys = await bankMedia(database, bankId).primaryKeys();
	return keys.map((key) => key[1]);
}

/** Deletes all of a bank's media; returns how many files there were. */
export function deleteMedia(bankId: string, database: FactdeckDB = db): Promise<number> {
	return bankMedia(database, bankId).delete();
}
