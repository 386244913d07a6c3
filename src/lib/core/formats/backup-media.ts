/**
 * Images in a backup file. JSON carries no bytes, so each file travels as
 * standard base64 text with its bank, name and MIME type; a restore turns it
 * back into the same bytes. A damaged entry rejects the whole backup, as any
 * other problem does, so a restore never stores half an image.
 */
import { fromBase64Url, toBase64Url } from '../share/bytes';
import { isRecord } from './backup-shape';

/** One media file as a backup file holds it. */
export interface BackupMedia {
	bankId: string;
	name: string;
	/** MIME type, as stored. */
	type: string;
	/** The file's bytes, standard base64 with padding. */
	data: string;
}

/** Standard base64 (`+`, `/`, padded): what other tools expect to find in a JSON file. */
export function toBase64(bytes: Uint8Array): string {
	const url = toBase64Url(bytes).replace(/-/g, '+').replace(/_/g, '/');
	return url + '='.repeat((4 - (url.length % 4)) % 4);
}

/** The bytes of base64 text, or null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
	// The share-link decoder is strict about length and stray bits, and reads both alphabets.
	const result = fromBase64Url(text);
	return result.ok ? result.bytes : null;
}

const isText = (v: unknown) => typeof v === 'string' && v.length > 0;

/** Problems of a backup's `media` list (absent in older backups, which is fine). */
export function mediaProblems(media: unknown, out: string[]): void {
	if (media === undefined) return;
	if (!Array.isArray(media)) return void out.push('media: must be a list');
	const seen = new Map<string, number>();
	media.forEach((m, i) => {
		const path = `media[${i}]`;
		if (!isRecord(m)) return void out.push(`${path}: must be an object`);
		for (const key of ['bankId', 'name', 'type'] as const) if (!isText(m[key])) out.push(`${path}.${key}: must be text`);
		if (typeof m.data !== 'string' || fromBase64(m.data) === null) out.push(`${path}.data: must be base64 text`);
		const key = JSON.stringify([m.bankId, m.name]);
		const first = seen.get(key);
		if (first !== undefined) out.push(`${path}: duplicate file ${JSON.stringify(m.name)} of bank ${JSON.stringify(m.bankId)}, already in media[${first}]`);
		else seen.set(key, i);
	});
}
