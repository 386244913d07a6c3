/**
 * Deterministic identifiers: a question's id comes from its content, so the
 * same article and options always give the same ids, and banks diff cleanly.
 */
import { hashString } from './hash';

/** Collapses runs of whitespace so that re-wrapping a prompt keeps its id. */
function tidy(text: string): string {
	return text.trim().replace(/\s+/g, ' ');
}

/** A stable id for a question, derived from its type, prompt and answer: `q-` and 11 base-36 digits. */
export function questionId(q: { type: string; prompt: string; answer: string | boolean }): string {
	// JSON keeps `true` and `"true"` apart, and the separators keep field boundaries unambiguous.
	const answer = typeof q.answer === 'string' ? tidy(q.answer) : q.answer;
	return `q-${hashString(JSON.stringify([q.type, tidy(q.prompt), answer]))}`;
}

/** Letters that Unicode decomposition leaves alone but readers expect spelled out in ASCII. */
const SPELLED_OUT: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i'
};

const MAX_SLUG = 60;

/** A lowercase ASCII slug with single hyphens (bank ids, fact keys); `fallback` when nothing is left. */
export function slugify(text: string, fallback = 'bank'): string {
	const ascii = text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[ßæœøłđðþı]/g, (c) => SPELLED_OUT[c] ?? '');
	let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
	if (slug.length > MAX_SLUG) {
		const cut = slug.slice(0, MAX_SLUG + 1);
		// Prefer ending on a whole word when one ends late enough to keep the slug meaningful.
		const lastHyphen = cut.lastIndexOf('-');
		slug = (lastHyphen >= MAX_SLUG / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '');
	}
	return slug || fallback;
}
