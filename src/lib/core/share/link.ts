/**
 * A whole bank carried in a link's fragment (`/share#b=…`), so sharing needs
 * no server: the fragment never leaves the browser, and a static host or the
 * installed app can open it offline.
 *
 * Payload: a format character, then base64url of the raw-deflated UTF-8 JSON
 * followed by a CRC-32 of that JSON. Deflate alone cannot tell a damaged link
 * from a slightly different bank; the checksum can, so a one-character slip
 * never becomes a quiz with a wrong answer in it.
 */
import { deflateSync, Inflate, strToU8 } from 'fflate';
import type { Bank } from '../bank/schema';
import { validateBank } from '../bank/validate';
import { crc32, fromBase64Url, toBase64Url, type Base64Problem } from './bytes';
import { capBank } from '../formats/build';
import type { Unsupported } from '../formats/errors';

/** The page that opens shared banks. */
const SHARE_PATH = '/share';
/** Version of the payload encoding; a new one lets old apps refuse new links clearly. */
const LINK_FORMAT = '1';
/** Largest bank a link may unpack to; far above any real bank, and it bounds a hostile link's cost. */
export const MAX_BANK_BYTES = 5 * 1024 * 1024;
/** Longest payload read at all (about Chromium's whole-URL limit). */
const MAX_PAYLOAD_CHARS = 2 * 1024 * 1024;
/**
 * Characters foreign to base64url that a link of ours may carry and still be
 * called damaged (a slip in copying); more, and it is some other text, such
 * as a script, not a Factdeck link.
 */
export const MAX_STRAY_CHARS = 3;

/** The outcome of opening a link: the bank, or one sentence saying what is wrong. */
/** A bank (questions past a cap left out and listed in `unsupported`), or why the link holds none. */
export type LinkDecode = { ok: true; bank: Bank; unsupported?: Unsupported[] } | { ok: false; error: string };

const CHECK_BYTES = 4;
// Small pushes keep the inflater's output per step small, so the size cap bites early.
const INFLATE_STEP = 1024;
const DAMAGED = 'This link is damaged';
const NOT_OURS = 'This is not a Factdeck link: what follows "#b=" is not a bank.';
/** Payload versions are one digit; the ones after LINK_FORMAT are left for newer versions of the app. */
const FUTURE_FORMAT = /^[2-9][A-Za-z0-9_-]+$/;
const FOREIGN = /[^A-Za-z0-9_-]/g;

/** A link to `origin` (the app's base URL, with any base path) whose fragment carries the whole bank. */
export function encodeBankLink(bank: Bank, origin: string): string {
	return `${origin.replace(/\/+$/, '')}${SHARE_PATH}#b=${encodeBankPayload(bank)}`;
}

/** Just the payload of a bank link (what follows `#b=`). */
export function encodeBankPayload(bank: Bank): string {
	const json = strToU8(JSON.stringify(bank));
	const packed = deflateSync(json, { level: 9 });
	const bytes = new Uint8Array(packed.length + CHECK_BYTES);
	bytes.set(packed);
	new DataView(bytes.buffer).setUint32(packed.length, crc32(json));
	return LINK_FORMAT + toBase64Url(bytes);
}

/** Reads a bank from a full link, a `#b=…` fragment or `b=…`; never throws. */
export function decodeBankLink(urlOrFragment: string): LinkDecode {
	try {
		return decode(urlOrFragment);
	} catch (err) {
		return fail(`${DAMAGED}: ${err instanceof Error ? err.message : String(err)}.`);
	}
}

function decode(input: string): LinkDecode {
	const payload = payloadOf(input);
	if (payload === undefined) return fail('This is not a bank link: it has no "#b=" part carrying a bank.');
	if (payload === '') return fail(`${DAMAGED}: the bank part after "#b=" is empty.`);
	if (payload.length > MAX_PAYLOAD_CHARS) return fail('This link is too long to be a bank link.');
	const format = payload[0];
	if (FUTURE_FORMAT.test(payload)) {
		return fail(`This link uses bank format "${format}", which this version of Factdeck cannot read. Update the app, or ask for the bank file.`);
	}
	if (format !== LINK_FORMAT || strayCount(payload) > MAX_STRAY_CHARS) return fail(NOT_OURS);
	const decoded = fromBase64Url(payload.slice(1));
	if (!decoded.ok) return fail(`${DAMAGED}: ${base64Message(decoded.problem)}.`);
	if (decoded.bytes.length <= CHECK_BYTES) return fail(`${DAMAGED}: it is cut off, too short to hold a bank.`);
	const packed = decoded.bytes.subarray(0, -CHECK_BYTES);
	const expected = new DataView(decoded.bytes.buffer).getUint32(packed.length);

	const json = inflateCapped(packed, MAX_BANK_BYTES);
	if (json === 'too-large') return fail(`This link unpacks to more than ${MAX_BANK_BYTES / 1024 / 1024} MB, far more than any bank; it was refused.`);
	if (typeof json !== 'object') return fail(`${DAMAGED}: ${inflateMessage(json)}.`);
	if (crc32(json) !== expected) return fail(`${DAMAGED}: its checksum does not match, so some characters were changed or lost.`);
	return parseBank(json);
}

function parseBank(bytes: Uint8Array): LinkDecode {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return fail(`${DAMAGED}: it unpacks to something that is not text.`);
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (err) {
		return fail(`This link does not hold a bank: its content is not JSON (${err instanceof Error ? err.message : String(err)}).`);
	}
	const checked = validateBank(value);
	if (checked.ok) {
		// A link is one more way in: the caps of a bank file hold here too.
		const capped = capBank(checked.bank);
		if (!capped.ok) return fail(`This link holds a bank too large to import: ${capped.message}.`);
		return capped.unsupported.length ? { ok: true, bank: capped.bank, unsupported: capped.unsupported } : { ok: true, bank: capped.bank };
	}
	const shown = checked.problems.slice(0, 3).join('; ');
	const more = checked.problems.length > 3 ? ` (and ${checked.problems.length - 3} more problems)` : '';
	return fail(`This link holds a bank that is not valid: ${shown}${more}.`);
}

/** The payload after `b=` in the fragment; whitespace is dropped since mail and chat wrap long links. */
function payloadOf(input: string): string | undefined {
	const text = input.replace(/\s+/g, '');
	const hash = text.indexOf('#');
	const fragment = hash >= 0 ? text.slice(hash + 1) : text;
	for (const part of fragment.split('&')) if (part.startsWith('b=')) return part.slice(2);
	return undefined;
}

/** Inflates raw deflate data, giving up as soon as the output passes `cap`; a string is the inflater's complaint. */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array | 'too-large' | string {
	const chunks: Uint8Array[] = [];
	let size = 0;
	const inflater = new Inflate((chunk) => {
		size += chunk.length;
		if (size <= cap) chunks.push(chunk);
	});
	try {
		for (let at = 0; at < data.length && size <= cap; at += INFLATE_STEP) {
			inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
		}
	} catch (err) {
		return err instanceof Error ? err.message : String(err);
	}
	if (size > cap) return 'too-large';
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

/** How many characters of `payload` never appear in a link of ours; stops counting past the limit. */
function strayCount(payload: string): number {
	let n = 0;
	for (const _ of payload.matchAll(FOREIGN)) if (++n > MAX_STRAY_CHARS) break;
	return n;
}

function base64Message(problem: Base64Problem): string {
	if (problem.kind === 'character') return `it contains "${problem.char}", which never appears in a bank link`;
	if (problem.kind === 'length') return 'it is cut off (its length is impossible for a bank link)';
	return 'its end was cut off or changed';
}

function inflateMessage(complaint: string): string {
	if (complaint === 'unexpected EOF') return 'it is cut off, the compressed bank ends too early';
	return `the compressed bank cannot be unpacked (${complaint}), so some characters were changed or lost`;
}

const fail = (error: string): LinkDecode => ({ ok: false, error });
