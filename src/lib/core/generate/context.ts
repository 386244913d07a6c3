/**
 * What a sentence leans on, written back into it so a question reads on its
 * own: a person's short name as the full name (with the role the article
 * gives, on the prompt's first mention of them), a year on every year-less
 * date, and "the telescope" as "the James Webb Space Telescope" when the
 * article named it so earlier. Every edit is optional: a blank or a swap on
 * the same words wins over it.
 */
import { descriptionEdits } from './descriptions';
import { countedTimeEdits, dateWithYear, WITH_YEAR } from './dates-written';
import { lookup } from './lookup';
import { mainPersonOf, pronounPerson } from './extract/index';
import { withinAny } from './spans';
import type { Analysis, Edit, Mention, Person, Role, Sentence, Span } from './types';
import { literal } from './pattern';

/** A person's name used as a modifier ("the Moon administration", "the Moon-Xi call") stays as written. */
const MODIFIER_AFTER = /^(?:[-–]|\s+(?:administration|administrations|era|team|government|camp|presidency|call|doctrine|years?|White House)\b)/;
/** The last word of a firm's name ("Lehman Brothers", "Ford Motor Company"). */
const FIRM =
	/\s(?:Brothers|Sons|Company|Co|Group|Inc|Corporation|Corp|Bank|Holdings|Motors?|Partners|Associates|Foundation|Trust|Airlines|Industries|& Co)\.?$/;
/** A name given as a name ("the surname Zheng", "a family named Ma") is the word itself, not a person. */
const NAMING_BEFORE = /\b(?:surname|name|named|called|titled|known as)\s+$/;
/** A date that comes round every year ("China marks July 11 as Maritime Day", "4 January is marked as World Braille Day") has no one year. */
const RECURRING = /\b(?:every|each) year\b|\bannual(?:ly)?\b|\bmark(?:s|ed as)\b|\bcelebrat\w*|\banniversar\w*/i;

/** A role as it reads before a name: "new U.S. Secretary of State" is "U.S. Secretary of State" in a question asked later. */
function titleText(role: Role): string {
	return role.text.replace(/^(?:new|then|current|now)\s+/i, '');
}

/** An appositive shortened to its head: "a senior fellow at the Stimson Center in Washington, D.C." → "a senior fellow at the Stimson Center". */
function appositiveText(role: Role): string {
	// "an American chemist who had worked on the Manhattan Project during the Second World War": the relative clause is a story
	// of its own, which a prompt that names him again would tell again.
	return role.text
		.replace(/\s+(?:in|based in)\s+[^,]*(?:,\s*[^,]*)?$/, '')
		.replace(/,.*$/, '')
		.replace(/\s+(?:who|which|whose)\s.*$/, '');
}

/** The role a person is best introduced by: a title before the name, else a short appositive. */
export function introductionOf(a: Analysis, person: string): { role: Role; text: string } | undefined {
	const roles = a.roles.filter((r) => r.person === person);
	const title = roles.find((r) => r.source === 'title');
	if (title) return { role: title, text: titleText(title) };
	// "Abebe Bikila, a 28-year-old member of the Imperial Guard, crossed the line": the one the headline names needs no aside to
	// say who he is, and the aside would give away what other questions ask of him.
	if (person === mainPersonOf(a) && headlineNames(a, person)) return undefined;
	// "The architect of that shift was Jeffrey Skilling": a role that points back to its paragraph introduces no one elsewhere.
	const appositive = roles.find((r) => r.source === 'appositive' && !/\b(?:that|this|these|those)\s+\p{L}/u.test(r.text));
	return appositive ? { role: appositive, text: appositiveText(appositive) } : undefined;
}

/** Is a role written right before (title) or right after (appositive) this mention in its own sentence? */
function introducedHere(a: Analysis, m: Mention): boolean {
	return lookup(a)
		.rolesIn(m.sentence)
		.some((r) => (r.source === 'title' && r.end <= m.start && m.start - r.end <= 2) || (r.source === 'appositive' && r.start >= m.end && r.start - m.end <= 3));
}

/** A relative named by a given name alone: "Her father, Richard," "her brother Joseph". */
const KIN_BEFORE = /\b(?:his|her|their)\s+(father|mother|brother|sister|son|daughter|wife|husband)\s*,?\s*$/i;
/** The kinship word written right before `at` ("father" of "Her father, Richard"), if any. */
const kinBefore = (a: Analysis, at: number) => KIN_BEFORE.exec(a.text.slice(Math.max(0, at - 24), at))?.[1];

/**
 * "Mary Anning's father", "Richard Loving's wife": how a relative the article knows by a given name alone is introduced, as the
 * relative of the person its first mention names before it ("Richard Loving, a white bricklayer, and his wife Mildred"), else of
 * the person the article is about, when that mention says so.
 */
function kinOf(a: Analysis, person: Person): string | undefined {
	const first = lookup(a).mentionsOf(person.key)[0];
	if (!first || person.name.includes(' ')) return undefined;
	const before = lookup(a)
		.mentionsIn(first.sentence)
		.filter((m) => m.kind === 'person' && m.end <= first.start && m.key !== person.key)
		.pop();
	const main = before?.key ?? mainPersonOf(a);
	const owner = main ? a.people.get(main) : undefined;
	if (!owner || owner === person) return undefined;
	const kin = kinBefore(a, first.start);
	return kin ? `${usualName(a, owner)}’s ${kin.toLowerCase()}` : undefined;
}

const usual = new WeakMap<Person, string>();

/** How the article usually names a person in full: "Rosalind Franklin" for "Rosalind Elsie Franklin" when it writes that form. */
export function usualName(a: Analysis, person: Person): string {
	let name = usual.get(person);
	if (name === undefined) {
		const words = person.name.split(/\s+/);
		const short = `${words[0]} ${words[words.length - 1]}`;
		// The article must write the short form itself: "Isambard Brunel" inside "Marc Isambard Brunel" is the father's name, not a short one.
		const written = new RegExp(`(?<!\\p{Lu}[\\p{L}'’-]*\\s)\\b${literal(short)}\\b`, 'u').test(a.text);
		name = !person.familyFirst && words.length >= 3 && written ? short : person.name;
		usual.set(person, name);
	}
	return name;
}

/** The name a pronoun stands for, written in: with the title the article gives ("Attorney General Robert F. Kennedy") or, for a given name alone, the kin ("Richard Loving’s wife Mildred"). */
export function nameForPronoun(a: Analysis, person: Person): string {
	const name = usualName(a, person);
	const kin = kinOf(a, person);
	if (kin) return `${kin} ${name}`;
	const intro = introductionOf(a, person.key);
	return intro?.role.source === 'title' ? `${intro.text} ${name}` : name;
}

/** A person's name at a mention: the full name, introduced by a role when `introduce` and the sentence gives none. */
function personName(a: Analysis, m: Mention, introduce: boolean): string | undefined {
	const person = a.people.get(m.key);
	if (!person) return undefined;
	const after = a.text.slice(m.end, m.end + 24);
	if (MODIFIER_AFTER.test(after) || NAMING_BEFORE.test(a.text.slice(Math.max(0, m.start - 20), m.start))) return undefined;
	// A short name before the full one is in the article may be someone else's ("a family named Ma" before "Ma Huan"),
	// and one that opens a firm's name ("Lehman" of Lehman Brothers) may be the firm.
	if (
		m.text !== person.name &&
		!lookup(a)
			.mentionsOf(m.key)
			.some((x) => x.start < m.start && x.text === person.name)
	)
		return undefined;
	if (
		m.text !== person.name &&
		a.mentions.some((x) => x.kind !== 'person' && x.text.startsWith(`${m.text} `) && FIRM.test(x.text) && !goesByOtherName(a, x.text, m.text))
	)
		return undefined;
	const name = usualName(a, person);
	const kin = introduce && !kinBefore(a, m.start) ? kinOf(a, person) : undefined;
	if (kin) return `${kin} ${name}`;
	// "The dying Nelson" takes his full name, but a title or an aside would not read after "the dying".
	const described = /\b(?:the|a|an)\s+(?:\p{Ll}+\s+)?$/iu.test(a.text.slice(Math.max(0, m.start - 30), m.start));
	const intro = introduce && !described && !introducedHere(a, m) ? introductionOf(a, m.key) : undefined;
	const bare = m.text === person.name || m.text === name ? undefined : name;
	// "succeeded Arago as director of the Paris Observatory": a role the sentence itself goes on to name is not written twice.
	const roleInSentence =
		!!intro && intro.role.source !== 'title' && a.sentences[m.sentence].text.toLowerCase().includes(intro.text.toLowerCase().replace(/^(?:the|a|an)\s+/, ''));
	if (!intro || roleInSentence) return bare;
	if (intro.role.source === 'title') return `${intro.text} ${name}`;
	// An appositive reads between commas, and only where the name does not own what follows ("Wit’s approach"), nor
	// ends a pair ("the remains of Marie and Pierre Curie, a quiet physicist" would describe both).
	if (/^['’]s\b/.test(after) || /\band\s+$/.test(a.text.slice(Math.max(0, m.start - 5), m.start))) return bare;
	return `${name}, ${intro.text},`;
}

/** "the Eastman Kodak Company", which the article calls "Kodak": a firm known by another word of its name leaves its founder's surname to him. */
function goesByOtherName(a: Analysis, firm: string, surname: string): boolean {
	const words = firm.slice(surname.length).replace(FIRM, '').trim().split(/\s+/);
	return words.some((w) => /^\p{Lu}/u.test(w) && a.mentions.some((x) => x.kind !== 'person' && x.text === w));
}

/** Does the headline write the person's name, or the family name alone ("Abebe Bikila's Olympic Marathon", "Darwin's Voyage")? */
function headlineNames(a: Analysis, key: string): boolean {
	const name = a.people.get(key)?.name ?? '';
	const family = name.split(/\s+/).pop() ?? name;
	return !!a.headline && new RegExp(`(?:^|[^\\p{L}])${literal(family)}(?![\\p{L}])`, 'u').test(a.headline);
}

/** How an answer names a mention: a person by full name, a date with its year, anything else as written. */
export function answerFor(a: Analysis, m: Mention): string {
	if (m.kind === 'date' && RECURRING.test(a.sentences[m.sentence].text)) return m.text;
	if (m.kind === 'person') return (!namesAThing(a, m) && personName(a, m, false)) || m.text;
	if (m.kind === 'date') return dateWithYear(m);
	return m.text;
}

/** A wrong date choice written like the answer: with the year its own mention has, or the answer's. */
export function choiceWithYear(a: Analysis, text: string, answer: Mention): string {
	const to = WITH_YEAR[answer.form];
	if (!to) return text;
	const own = lookup(a).firstMentionWritten(text);
	if (own?.kind === 'date' && own.form === answer.form) return dateWithYear(own);
	return `${text}${answer.form === 'md' ? ',' : ''} ${String(answer.value).slice(0, 4)}`;
}

/** Verbs a court cites an earlier case with. */
const CITES = /\b(?:drew|draws|drawing|relied|relies|relying)\s+on\s+$|\b(?:cited|cites|citing|followed|applied|invoked|overruled|distinguished)\s+$/;

/** "Johnson & Johnson", "Procter & Gamble": a name beside an ampersand is part of a firm's name. */
export function inFirmName(a: Analysis, m: Mention): boolean {
	return /^\s*&/.test(a.text.slice(m.end, m.end + 5)) || /&\s*$/.test(a.text.slice(Math.max(0, m.start - 3), m.start));
}

/** "… was the first true work of science fiction": what the words after a name call it, when that is a work. */
const WORK_AFTER =
	/^\s+(?:was|is)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}(?:work|novel|book|film|movie|play|poem|story|opera|painting|symphony|song|album)\b/u;

/** A person's name written as part of a thing's name, or of a longer name, which stays as written. */
function namesAThing(a: Analysis, m: Mention): boolean {
	// "Nelson's Column", "Halley's Comet", the case "Carlill v Carbolic Smoke Ball", the firm "Johnson & Johnson": a thing named after a
	// person keeps its name.
	// "a federal court drew on Carlill": under the headline "Carlill v …", the surname a court cites is the case.
	const caseCited = new RegExp(`\\b${literal(m.text)}\\s+v\\.?\\s`).test(a.headline ?? '') && CITES.test(a.text.slice(Math.max(0, m.start - 20), m.start));
	// "Abu Abdallah Muhammad ibn Battuta": a surname after a lower-case particle is the end of a longer name, already whole.
	const partOfName = /\b(?:ibn|bin|bint|de|da|van|von|del|della|al)\s+$/.test(a.text.slice(Math.max(0, m.start - 6), m.start));
	// "the Calvin cycle", "the Blair government", "the Watson and Crick model": a surname, or the second of two, between "the" and a
	// noun names the thing.
	const modifier =
		/\b(?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+)?$/u.test(a.text.slice(Math.max(0, m.start - 40), m.start)) &&
		/^\s+\p{Ll}{3,}/u.test(a.text.slice(m.end, m.end + 8));
	// "How Mary Shelley Created Frankenstein", "argued that Frankenstein was the first true work of science fiction": the name of a
	// character is the work's too, where the headline says it was made or the sentence says it is a work.
	const made = new RegExp(`\\b(?:Created|Wrote|Made|Painted|Composed|Built|Invented|Designed|Filmed)\\s+${literal(m.text)}\\b`, 'i').test(a.headline ?? '');
	const work = WORK_AFTER.test(a.text.slice(m.end, m.end + 60));
	return (
		made ||
		work ||
		caseCited ||
		partOfName ||
		modifier ||
		inFirmName(a, m) ||
		/^(?:['’]s\s+\p{Lu}|\s+v\.?\s+\p{Lu})/u.test(a.text.slice(m.end, m.end + 5)) ||
		/\s+v\.?\s+$/.test(a.text.slice(Math.max(0, m.start - 4), m.start))
	);
}

/** Every edit that makes `[from, to)` of a sentence read without the article; `taken` spans are left alone. */
export function contextEdits(a: Analysis, s: Sentence, from: number, to: number, taken: (Span & { text?: string })[] = []): Edit[] {
	// Quoted words are the speaker's own: they stay as said.
	const free = (x: Span) => !taken.some((t) => x.start < t.end && t.start < x.end) && !withinAny(a.quoted, x.start, x.end);
	const edits: Edit[] = [];
	const introduced = new Set<string>();
	// A name a pronoun edit already wrote in full is introduced: the prompt does not name anyone in full twice.
	const couple = coupleEdit(a, s, from, to);
	for (const t of [...taken, ...(couple ? [couple] : [])])
		if (t.text) for (const p of a.people.values()) if (t.text.includes(usualName(a, p))) introduced.add(p.key);
	for (const m of lookup(a).mentionsIn(s.index)) {
		if (m.start < from || m.end > to || !free(m)) continue;
		if (m.kind === 'person') {
			const first = !introduced.has(m.key);
			const text = first && !namesAThing(a, m) ? personName(a, m, true) : undefined;
			introduced.add(m.key);
			if (text) edits.push({ start: m.start, end: m.end, text, optional: true });
		} else if (m.kind === 'date' && !RECURRING.test(s.text)) {
			const text = dateWithYear(m);
			// "April 15 and 16" takes its year after the second day: "April 15 and 16, 1949", never "April 15, 1949 and 16".
			const range = m.form === 'md' ? /^(?:\s+and\s+|\s*[–-]\s*)\d{1,2}\b(?![.,]?\d|,?\s*\d{4})/.exec(a.text.slice(m.end, m.end + 12))?.[0] : undefined;
			const year = range ? /\d{4}$/.exec(text)?.[0] : undefined;
			if (range && year) edits.push({ start: m.start, end: m.end + range.length, text: `${m.text}${range}, ${year}`, optional: true });
			else if (text !== m.text) edits.push({ start: m.start, end: m.end, text, optional: true });
		}
	}
	for (const e of [...(couple ? [couple] : []), ...descriptionEdits(a, s, from, to), ...countedTimeEdits(a, s, from, to)])
		if (free(e) && !edits.some((x) => x.start < e.end && e.start < x.end)) edits.push(e);
	return edits;
}

/** "In January 1839 he married his cousin Emma Wedgwood. In 1842 the couple moved …": "the couple" is the two the marriage named. */
function coupleEdit(a: Analysis, s: Sentence, from: number, to: number): Edit | undefined {
	const found = /\b[Tt]he couple\b(?!['’])/.exec(a.text.slice(from, to));
	if (!found) return undefined;
	const at = from + found.index;
	const prev = a.sentences[s.index - 1];
	for (const w of [s, ...(prev && prev.paragraph === s.paragraph ? [prev] : [])]) {
		const married = /\bmarried\b/.exec(a.text.slice(w.start, w === s ? at : w.end));
		if (!married) continue;
		const verb = w.start + married.index;
		const people = lookup(a)
			.mentionsIn(w.index)
			.filter((m) => m.kind === 'person');
		const spouse = people.find((m) => m.start > verb);
		const pronoun = /\b(?:he|she)\b/i.exec(a.text.slice(w.start, verb));
		const partner = people.filter((m) => m.end <= verb).pop()?.key ?? (pronoun ? pronounPerson(a, w, pronoun.index === 0, pronoun[0]) : undefined);
		const one = partner && a.people.get(partner);
		const other = spouse && a.people.get(spouse.key);
		if (!one || !other || one === other) return undefined;
		return { start: at, end: at + found[0].length, text: `${usualName(a, one)} and ${usualName(a, other)}`, optional: true };
	}
	return undefined;
}
