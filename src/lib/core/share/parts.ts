/**
 * A link too long for one QR code, cut into numbered parts: each part is a
 * link of its own (`/share#p=2.4.<set>&b=<piece>`), so a phone camera opens
 * it like any link, and the share page keeps the pieces until it has them
 * all. `set` names the whole link (its CRC-32), so pieces of two different
 * tests never mix; the bank's own checksum still guards the joined payload.
 */
import { strToU8 } from 'fflate';
import { crc32 } from './bytes';

/** One piece of a split link, as read from its fragment. */
export interface LinkPart {
	set: string;
	/** 1-based, as the code says it: "scan 2 of 4". */
	index: number;
	total: number;
	piece: string;
}

/** Reading a fragment: a part, no part at all (a whole link), or a damaged part. */
export type PartRead = { kind: 'part'; part: LinkPart } | { kind: 'none' } | { kind: 'error'; error: string };

const PART = /^(\d{1,2})\.(\d{1,2})\.([0-9a-f]{8})$/;
/** More parts than this is no longer a QR code anyone would scan: send the link or the file instead. */
export const MAX_PARTS = 12;

/**
 * The link cut into links whose payload pieces are at most `pieceChars`
 * long; a link that fits stays one link. Null when it would take more than
 * MAX_PARTS codes.
 */
export function splitLink(link: string, pieceChars: number): string[] | null {
	const at = link.indexOf('#b=');
	if (at < 0) throw new RangeError('not a bank link');
	const base = link.slice(0, at);
	const payload = link.slice(at + 3);
	if (payload.length <= pieceChars) return [link];
	const total = Math.ceil(payload.length / pieceChars);
	if (total > MAX_PARTS) return null;
	const set = crc32(strToU8(payload)).toString(16).padStart(8, '0');
	return Array.from({ length: total }, (_, i) => `${base}#p=${i + 1}.${total}.${set}&b=${payload.slice(i * pieceChars, (i + 1) * pieceChars)}`);
}

/** The part a fragment carries, if it carries one; never throws. */
export function readPart(fragment: string): PartRead {
	const fields = new Map(
		fragment
			.replace(/\s+/g, '')
			.replace(/^.*?#/, '')
			.split('&')
			.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)] as const)
	);
	const label = fields.get('p');
	if (label === undefined) return { kind: 'none' };
	const m = PART.exec(label);
	const piece = fields.get('b') ?? '';
	if (!m || piece === '') return { kind: 'error', error: 'This QR code or link is damaged: its part number or its piece of the bank is missing.' };
	const [index, total] = [Number(m[1]), Number(m[2])];
	if (index < 1 || index > total || total > MAX_PARTS)
		return { kind: 'error', error: `This QR code or link is damaged: it says it is part ${index} of ${total}.` };
	return { kind: 'part', part: { set: m[3], index, total, piece } };
}

/** The whole payload once every part of the set is there, in order; null while some are missing. */
export function joinParts(parts: readonly LinkPart[]): string | null {
	if (parts.length === 0) return null;
	const { total } = parts[0];
	const pieces: string[] = [];
	for (const part of parts) pieces[part.index - 1] = part.piece;
	for (let i = 0; i < total; i++) if (pieces[i] === undefined) return null;
	return pieces.join('');
}

/** The numbers of the parts still missing: [1, 3] for "scan 1 and 3". */
export function missingParts(parts: readonly LinkPart[], total: number): number[] {
	const have = new Set(parts.map((p) => p.index));
	return Array.from({ length: total }, (_, i) => i + 1).filter((n) => !have.has(n));
}
