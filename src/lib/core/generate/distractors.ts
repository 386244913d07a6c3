/**
 * Wrong choices of the same type and form as the answer, taken from the
 * article first (dates for dates, people for people), and made up only for
 * dates and numbers when the article has too few (nearby dates, scaled numbers).
 */
import { hashString } from '../bank/hash';
import type { Analysis, Mention, Person } from './types';
import type { Lookup } from './lookup';
import { lookup } from './lookup';
import { genderOf } from './extract/index';
import { formatAmount, parseAmount } from './extract/numbers';
import { ORDINAL_WORDS, ROLE_NOUNS, TITLE_WORDS } from './extract/lexicon';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS = Object.entries(ORDINAL_WORDS).sort((x, y) => x[1] - y[1]);
const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The kinds an mcq may ask about: ones whose wrong choices read as real alternatives. */
export const CHOICE_KINDS = new Set(['person', 'date', 'number', 'ordinal', 'org', 'place']);

/** How a person is written in a mention: their full name, or the short form the mention uses. */
function personForm(a: Analysis, key: string, full: boolean): string | undefined {
	const p = a.people.get(key);
	if (!p) return undefined;
	return full ? p.name : p.aliases[0];
}

/** Days since 1970 for an ISO date. */
const toDay = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** Writes an ISO date in a mention's form ("January 26", "June 30, 2019", "May 2022", "2019"). */
export function formatDate(iso: string, form: string): string {
	const [y, m, d] = [iso.slice(0, 4), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
	const month = MONTH_NAMES[m - 1];
	if (form === 'md') return `${month} ${d}`;
	if (form === 'mdy') return `${month} ${d}, ${y}`;
	if (form === 'dm') return `${d} ${month}`;
	if (form === 'dmy') return `${d} ${month} ${y}`;
	if (form === 'my') return `${month} ${y}`;
	if (form === 'm') return month;
	return y;
}

/** The ISO date `months` months from an ISO date, its day kept where the month has one (31 March less a month is 28 February). */
function monthsFrom(iso: string, months: number): string {
	const t = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
	const [y, mo] = [Math.floor(t / 12), (t % 12) + 1];
	const day = Math.min(Number(iso.slice(8, 10)), new Date(Date.UTC(y, mo, 0)).getUTCDate());
	return `${y}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Made-up dates near the answer, in its form, none after `latest` (an ISO date). */
function nearbyDates(m: Mention, latest: string): string[] {
	const value = String(m.value ?? '');
	// Years a year or two apart test the last digit, not the fact: wrong years stand well apart.
	// The last two stand in for later years ruled out by the publication date.
	if (m.form === 'y') return [-6, 5, -12, 11, 17, -18, -24].map((k) => String(Number(value) + k));
	// A month alone has only months to offer.
	if (m.form === 'm') return [1, -1, 2, -2, 3].map((k) => formatDate(monthsFrom(`${value.slice(0, 7)}-01`, k), m.form));
	const monthly = m.form === 'my';
	if (!monthly && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return [];
	// A day a few days off, or the month next door, tests what few remember; months apart test when it happened.
	return [2, -3, 5, -7, 12, -13]
		.map((k) => monthsFrom(monthly ? `${value.slice(0, 7)}-01` : value, k))
		.filter((iso) => iso <= latest)
		.map((iso) => formatDate(iso, m.form));
}

/** Made-up numbers near the answer, written the same way. */
function nearbyNumbers(m: Mention): string[] {
	if (m.kind === 'ordinal') {
		const rank = Number(m.value);
		if (m.form !== 'ord-word') return [];
		return [1, -1, 2, -2, 3]
			.map((k) => ORDINALS.find(([, r]) => r === rank + k)?.[0])
			.filter((w): w is string => !!w && w !== 'first')
			.map((w) => (/^\p{Lu}/u.test(m.text) ? w[0].toUpperCase() + w.slice(1) : w));
	}
	const shape = parseAmount(m.text);
	// Ranges and areas ("30 to 40 centimetres") have no single value to scale.
	if (!shape || /\d/.test(shape.rest)) return [];
	// Near enough to be plausible (an age of 38 or 59 for 47, not 94), far enough to be clearly wrong to a reader.
	const factors = [1.3, 0.75, 1.6, 0.6, 2];
	// A share cannot pass the whole: 72% gives 54% and 94%, never 115%.
	const share = /^\s*(?:%|percent|per cent)/.test(shape.rest);
	// A round answer gets round choices: 52,500 beside 70,000 would stand out as made up. One figure before the zeros
	// (70,000) rounds to half its step (65,000, 90,000), more (1,500) to the step itself (2,000, 1,100).
	const whole = String(Math.round(shape.value));
	const zeros = shape.decimals ? 0 : (/0*$/.exec(whole)?.[0].length ?? 0);
	const step = zeros === 0 ? 1 : whole.length - zeros === 1 ? 10 ** zeros / 2 : 10 ** zeros;
	const values = factors
		.map((f) => (shape.decimals ? shape.value * f : Math.max(1, Math.round((shape.value * f) / step) * step)))
		.filter((v) => (!share || v <= 100) && v !== shape.value);
	return [...new Set(values)].map((v) => formatAmount(shape, v));
}

const days = new WeakMap<Mention, number | undefined>();
/** The day number of a mention's full ISO date (none for a year or month alone), worked out once per mention. */
function dayOf(m: Mention): number | undefined {
	if (days.has(m)) return days.get(m);
	const day = /^\d{4}-\d{2}-\d{2}$/.test(String(m.value)) ? toDay(String(m.value)) : undefined;
	days.set(m, day);
	return day;
}

/** Distance used to prefer close, confusable alternatives. */
function closeness(answer: Mention, other: Mention): number {
	const [from, to] = answer.kind === 'date' ? [dayOf(answer), dayOf(other)] : [undefined, undefined];
	if (from !== undefined && to !== undefined) return Math.abs(from - to);
	if (typeof answer.value === 'number' && typeof other.value === 'number' && answer.value > 0 && other.value > 0) {
		return Math.abs(Math.log(answer.value / other.value));
	}
	return 0;
}

/** 2 for a person the article quotes, 1 more for one it gives a role: the likeliest confusions for one it quotes or describes. */
const speaks = (l: Lookup, key: string) => (l.speakers.has(key) ? 2 : 0) + (l.roled.has(key) ? 1 : 0);

const confusions = new WeakMap<Analysis, Map<boolean, Person[]>>();

/** The article's people, likeliest confusions first: speakers first (when the answer speaks), then the most mentioned, then by name. */
function likelyConfusions(a: Analysis, speakersFirst: boolean): Person[] {
	let orders = confusions.get(a);
	if (!orders) confusions.set(a, (orders = new Map()));
	let order = orders.get(speakersFirst);
	if (!order) {
		const l = lookup(a);
		const freq = (p: Person) => l.mentionsOf(p.key).length;
		order = [...a.people.values()].sort(
			(x, y) => (speakersFirst ? speaks(l, y.key) - speaks(l, x.key) : 0) || freq(y) - freq(x) || x.name.localeCompare(y.name)
		);
		orders.set(speakersFirst, order);
	}
	return order;
}

/** How many of the nearest are found in one pass before the rest is sorted: a question needs three or four. */
const NEAREST_FIRST = 8;

/**
 * The pool (in article order) nearest the answer first, ties in article
 * order: the order a stable sort by closeness gives. One pass finds the
 * nearest few, as a question rarely needs more, so each question costs a
 * pass over the pool rather than a sort of it.
 */
function* nearestFirst(answer: Mention, pool: Mention[]): Generator<Mention> {
	const near = pool.map((m) => closeness(answer, m));
	if (near.some(Number.isNaN)) {
		yield* [...pool].sort((x, y) => closeness(answer, x) - closeness(answer, y) || x.start - y.start);
		return;
	}
	const order = (i: number, j: number) => near[i] - near[j] || pool[i].start - pool[j].start || i - j;
	// The nearest few, in order, kept by insertion.
	const best: number[] = [];
	for (let i = 0; i < pool.length; i++) {
		if (best.length === NEAREST_FIRST && order(i, best[NEAREST_FIRST - 1]) >= 0) continue;
		let at = best.length;
		while (at > 0 && order(i, best[at - 1]) < 0) at--;
		best.splice(at, 0, i);
		if (best.length > NEAREST_FIRST) best.pop();
	}
	for (const i of best) yield pool[i];
	if (pool.length <= NEAREST_FIRST) return;
	const taken = new Set(best);
	const rest = pool.map((_, i) => i).filter((i) => !taken.has(i));
	for (const i of rest.sort(order)) yield pool[i];
}

/** The furthest another year of the article may be from the answer to stand as a wrong choice. */
const YEARS_APART = 12;

const roleCache = new WeakMap<Analysis, Map<string, Set<string>>>();
/** The role nouns the article gives a person ("economist", "governor", "minister"), lower case. */
function roleWords(a: Analysis, key: string): Set<string> {
	let byPerson = roleCache.get(a);
	if (!byPerson) {
		byPerson = new Map();
		for (const r of a.roles) {
			const words = (r.text.toLowerCase().match(/[\p{L}-]+/gu) ?? []).filter((w) => ROLE_NOUNS.has(w) || TITLE_WORDS.has(w));
			const set = byPerson.get(r.person) ?? new Set<string>();
			for (const w of words) set.add(w);
			byPerson.set(r.person, set);
		}
		roleCache.set(a, byPerson);
	}
	return byPerson.get(key) ?? new Set();
}

/** Up to `count` wrong choices for a mention, none of them in `avoid` (the sentence's own words, say). */
export function distractorsFor(a: Analysis, answer: Mention, count: number, avoid: (text: string) => boolean): string[] {
	const out: string[] = [];
	const seen = new Set([normal(answer.text)]);
	const take = (text: string | undefined) => {
		if (!text || out.length >= count || seen.has(normal(text)) || avoid(text)) return;
		seen.add(normal(text));
		out.push(text);
	};
	if (answer.kind === 'person') {
		const full = answer.form === 'full';
		// "the Xuande Emperor" is only confused with another emperor, never with "the Zheng He".
		const titled = (name = '') => /\b(Emperor|Empress)$/.test(name);
		const answerTitled = titled(a.people.get(answer.key)?.name);
		// An economist is confused with another economist, a governor with a governor: people of the answer's kind first.
		const kind = roleWords(a, answer.key);
		const sex = genderOf(a, answer.key);
		// …and a woman with women where the names tell ("the only woman among three men" gives the answer away).
		const likeness = (p: Person) => ([...roleWords(a, p.key)].some((w) => kind.has(w)) ? 2 : 0) + (sex && genderOf(a, p.key) === sex ? 1 : 0);
		const people = likelyConfusions(a, speaks(lookup(a), answer.key) > 0);
		for (const p of [...people].sort((x, y) => likeness(y) - likeness(x))) {
			if (out.length >= count) break;
			// "her boyfriend, ____": no woman is a choice for a man, where both are known.
			const otherSex = !!sex && (genderOf(a, p.key) ?? sex) !== sex;
			if (p.key !== answer.key && !otherSex && titled(p.name) === answerTitled && ![p.name, ...p.aliases].some(avoid)) take(personForm(a, p.key, full));
		}
		return out;
	}
	// Bare numbers of wildly different size ("3.80" beside "17,000") are not real alternatives, nor years centuries apart (1802 for 1988).
	const comparable = (m: Mention) => {
		if (answer.kind === 'date' && answer.form === 'y') return Math.abs(Number(m.value) - Number(answer.value)) <= YEARS_APART;
		return (
			answer.kind !== 'number' ||
			typeof m.value !== 'number' ||
			typeof answer.value !== 'number' ||
			(m.value / answer.value > 0.2 && m.value / answer.value < 5)
		);
	};
	const pool = lookup(a)
		.sameForm(answer.kind, answer.form)
		.filter((m) => m.key !== answer.key && m.value !== answer.value && comparable(m));
	for (const m of nearestFirst(answer, pool)) {
		if (out.length >= count) break;
		take(m.text);
	}
	// A made-up date after the article was written is one no reader would pick ("2028" in a piece of 2025).
	const latest = a.published ? Number(a.published.slice(0, 4)) : Infinity;
	const yearOf = (date: string) => Number(/\b(\d{4})$/.exec(date)?.[1] ?? 0);
	if (answer.kind === 'date')
		nearbyDates(answer, a.published ?? '9999-12-31')
			.filter((d) => yearOf(d) <= latest)
			.forEach(take);
	if (answer.kind === 'number' || answer.kind === 'ordinal') nearbyNumbers(answer).forEach(take);
	return out;
}

/** The answer among its distractors, in an order fixed by their content (so it is deterministic). */
export function arrangeChoices(answer: string, distractors: string[], seed: string): string[] {
	return [answer, ...distractors]
		.map((c) => ({ c, h: hashString(`${seed}|${c}`) }))
		.sort((x, y) => (x.h < y.h ? -1 : x.h > y.h ? 1 : 0))
		.map((x) => x.c);
}
