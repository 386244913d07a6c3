/**
 * What a sentence leans on, written back into it so a question reads on its
 * own: a person's short name as the full name (with the role the article
 * gives, on the prompt's first mention of them), a year on every year-less
 * date, and "the telescope" as "the James Webb Space Telescope" when the
 * article named it so earlier. Every edit is optional: a blank or a swap on
 * the same words wins over it.
 */
import type { Edit } from './types';
import { formatDate } from './distractors';
import { lookup } from './lookup';
import { mainPersonOf } from './extract/index';
import { withinAny } from './spans';
import type { Analysis, Mention, Person, Role, Sentence, Span } from './types';
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
/** Year-less date forms and the form that adds the year. */
const WITH_YEAR: Record<string, string> = { md: 'mdy', dm: 'dmy', m: 'my' };

/** A role as it reads before a name: "new U.S. Secretary of State" is "U.S. Secretary of State" in a question asked later. */
function titleText(role: Role): string {
	return role.text.replace(/^(?:new|then|current|now)\s+/i, '');
}

/** An appositive shortened to its head: "a senior fellow at the Stimson Center in Washington, D.C." → "a senior fellow at the Stimson Center". */
function appositiveText(role: Role): string {
	return role.text.replace(/\s+(?:in|based in)\s+[^,]*(?:,\s*[^,]*)?$/, '').replace(/,.*$/, '');
}

/** The role a person is best introduced by: a title before the name, else a short appositive. */
export function introductionOf(a: Analysis, person: string): { role: Role; text: string } | undefined {
	const roles = a.roles.filter((r) => r.person === person);
	const title = roles.find((r) => r.source === 'title');
	if (title) return { role: title, text: titleText(title) };
	const appositive = roles.find((r) => r.source === 'appositive');
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
	if (m.text !== person.name && a.mentions.some((x) => x.kind !== 'person' && x.text.startsWith(`${m.text} `) && FIRM.test(x.text))) return undefined;
	const name = usualName(a, person);
	const kin = introduce && !kinBefore(a, m.start) ? kinOf(a, person) : undefined;
	if (kin) return `${kin} ${name}`;
	// "The dying Nelson" takes his full name, but a title or an aside would not read after "the dying".
	const described = /\b(?:the|a|an)\s+(?:\p{Ll}+\s+)?$/iu.test(a.text.slice(Math.max(0, m.start - 30), m.start));
	const intro = introduce && !described && !introducedHere(a, m) ? introductionOf(a, m.key) : undefined;
	const bare = m.text === person.name || m.text === name ? undefined : name;
	if (!intro) return bare;
	if (intro.role.source === 'title') return `${intro.text} ${name}`;
	// An appositive reads between commas, and only where the name does not own what follows ("Wit’s approach"), nor
	// ends a pair ("the remains of Marie and Pierre Curie, a quiet physicist" would describe both).
	if (/^['’]s\b/.test(after) || /\band\s+$/.test(a.text.slice(Math.max(0, m.start - 5), m.start))) return bare;
	return `${name}, ${intro.text},`;
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

/** A date as written, with its year added when the article left it to the reader. */
function dateWithYear(m: Mention): string {
	const to = WITH_YEAR[m.form];
	const value = String(m.value ?? '');
	if (!to || !/^\d{4}/.test(value)) return m.text;
	return formatDate(m.form === 'm' ? `${value.slice(0, 7)}-01` : value, to);
}

const named = new WeakMap<Analysis, Map<string, { at: number; phrase: string }[]>>();
const appositiveNames = new WeakMap<Analysis, Map<string, { at: number; phrase: string }[]>>();

/**
 * "Mount Tambora, a volcano on the island of Sumbawa": a name that an appositive calls "a volcano" is "the volcano"
 * after it. Every appositive of the article, by its head noun, found in one pass.
 */
function appositives(a: Analysis): Map<string, { at: number; phrase: string }[]> {
	let byHead = appositiveNames.get(a);
	if (byHead) return byHead;
	byHead = new Map();
	// A name may hold small words ("The Rite of Spring, a ballet by …"): not "Spring" alone.
	const re =
		/(\b[Tt]he[ \t]+)?((?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:of|the|and|de|du|la|von|van)[ \t]+)?){0,3}\p{Lu}[\p{L}'’-]*), (?:a|an)[ \t]+(\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2})/gu;
	for (const m of a.text.matchAll(re)) {
		const at = m.index ?? 0;
		if (!a.paragraphs.some((p) => at >= p.start && at < p.end) || /^(?:The|A|An|This|That|It|He|She|They)$/.test(m[2])) continue;
		// The head is the last word before any small word: "a volcano" (on the island), "an active volcano", "a small mountain town",
		// but "engineer", not "product", of "a product development engineer".
		const words = m[3].split(/[ \t]+/);
		const small = words.findIndex((w) => /^(?:of|on|in|at|for|from|to|with|by|and|or|the|who|that|which|whose)$/.test(w));
		const head = (small < 0 ? words : words.slice(0, small)).pop();
		if (!head) continue;
		const list = byHead.get(head) ?? [];
		list.push({ at, phrase: m[1] ? `the ${m[2]}` : m[2] });
		byHead.set(head, list);
	}
	appositiveNames.set(a, byHead);
	return byHead;
}

/** The "of" part of a name that goes on past its capitalised head: " of Appeals of Virginia". */
const OF_NAME = /^[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}'’-]*)*/u;

/** Every capitalised phrase of the article ending in a head noun ("James Webb Space Telescope" for "telescope"), found once per head. */
function namedPhrases(a: Analysis, head: string): { at: number; phrase: string }[] {
	let byHead = named.get(a);
	if (!byHead) named.set(a, (byHead = new Map()));
	let found = byHead.get(head);
	if (found) return found;
	found = [];
	// Case matters for the capitals that make a name, so only the head's first letter may be either case.
	const either = `[${head[0]}${head[0].toUpperCase()}]${head.slice(1)}`;
	// The head ends the name ("Ireland's Data Protection Commission" is no name for "the data").
	// "and" may join its capitals ("Minnesota Mining and Manufacturing Company"); "of" would make "the Upper Geyser Basin of
	// Yellowstone National Park" a park.
	const re = new RegExp(`((?:\\b[\\p{Lu}\\d][\\p{L}\\d.'’-]*[ \\t]+(?:(?:and|&)[ \\t]+(?=\\p{Lu}))?){1,5})(${either})\\b(?![ \\t]+\\p{Lu})`, 'gu');
	for (const m of a.text.matchAll(re)) {
		const at = m.index ?? 0;
		// A headline or caption is no introduction: only the article's prose names things.
		if (!a.paragraphs.some((p) => at >= p.start && at < p.end)) continue;
		// …and the head is not a modifier ("two British cave divers" names no cave).
		const end = at + m[0].length;
		const sentence = a.sentences.find((x) => x.start <= at && end <= x.end);
		const next = sentence?.tokens.find((t) => t.start >= end);
		if (next && next.tags.has('Noun') && !next.tags.has('Verb') && /^[ \t]+$/.test(a.text.slice(end, next.start))) continue;
		const words = m[1].trim().split(/\s+/);
		// A phrase whose only capital is the first word of a sentence ("The mission") names nothing.
		const opensSentence = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(a.text.slice(Math.max(0, at - 3), at));
		// A phrase running over a full stop ("South China Sea. First") is two sentences, not a name.
		if (words.some((w) => w.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(w))) continue;
		const kept = words.filter((w) => !/^(The|A|An|This|That|Its|His|Her|Their)$/.test(w));
		// A phrase whose only capital is the first word of a sentence ("Scientists’ telescope") names nothing.
		if (!kept.some((w) => /^\p{Lu}/u.test(w)) || (opensSentence && kept.length === 1 && kept[0] === words[0])) continue;
		// "New York’s toll" and "Britain’s Soft Drinks Industry Levy" own their noun: no "the" before them, unless the
		// owner takes one ("the European Union’s General Data Protection Regulation").
		const owner = kept.findIndex((w) => /['’]s$/.test(w));
		const ownerName = kept
			.slice(0, owner + 1)
			.join(' ')
			.replace(/['’]s$/, '');
		const the = owner < 0 || new RegExp(`\\bthe ${literal(ownerName)}\\b`, 'i').test(a.text) ? 'the ' : '';
		// "the Supreme Court of Appeals of Virginia" is another court than "the Supreme Court": the name runs on through its "of".
		const tail = (/^\p{Lu}/u.test(m[2]) && OF_NAME.exec(a.text.slice(end))?.[0]) || '';
		found.push({ at, phrase: `${the}${kept.join(' ')} ${m[2]}${tail}` });
	}
	found.push(...(appositives(a).get(head) ?? []));
	found.sort((x, y) => x.at - y.at);
	byHead.set(head, found);
	return found;
}

/** The latest capitalised phrase ending in a head noun before `before`: "the island" is the one last named. */
function namedEarlier(a: Analysis, head: string, before: number): string | undefined {
	const earlier = namedPhrases(a, head).filter((p) => p.at < before);
	// "The Bridge That Taught Engineers to Fear the Wind": the one the headline means is the first the article names;
	// "the George Washington Bridge" of a later comparison is not it.
	const headline = new RegExp(`\\b${literal(head)}\\b`, 'i').test(a.headline ?? '');
	return (headline ? earlier[0] : earlier[earlier.length - 1])?.phrase;
}

/** An article's topic, the nouns it keeps returning to, and the topic as the article writes it (worked out when first asked). */
type Topic = { name?: string; nouns: Set<string>; written?: string };
const topics = new WeakMap<Analysis, Topic>();

/** What the article is about when its headline names it with an acronym or a name ("GPS"), and the nouns it keeps returning to. */
/** The longest name around `found` in the headline that the article's prose also writes: with the words either side, after, before, or alone. */
function wholeName(a: Analysis, found: string): string {
	const word = String.raw`(?:\p{Lu}[\p{L}-]*|\d+)`;
	const core = literal(found);
	// "The" of "The Comet" is the headline's capital, not the name's.
	const before = String.raw`(?:(?!(?:The|A|An|How|Why|When|What|Who)\b)${word}\s+)+`;
	const forms = [`${before}${core}(?:\\s+${word})+`, `${core}(?:\\s+${word})+`, `${before}${core}`];
	const prose = (text: string) => a.paragraphs.some((p) => a.text.slice(p.start, p.end).includes(text));
	for (const form of forms) {
		const whole = new RegExp(`\\b${form}\\b`, 'u').exec(a.headline ?? '')?.[0];
		if (whole && prose(whole)) return whole;
	}
	return found;
}

function topicOf(a: Analysis): Topic {
	let topic = topics.get(a);
	if (topic) return topic;
	const counts = new Map<string, number>();
	// The headline must name it as a word: "A" of "notes A to G" is not the "A" of "Ada".
	const headlineWords = new Set(a.headline?.split(/[^\p{L}\p{N}]+/u) ?? []);
	const inHeadline = (text: string) => text.length >= 2 && a.headline !== undefined && text.split(/[^\p{L}\p{N}]+/u).every((w) => !w || headlineWords.has(w));
	// "a Paisley cafe", "a Phoenix Arrest": a name after "a" describes the noun after it, and is not what the headline is about.
	const describing = (text: string) => new RegExp(`\\b(?:a|an)\\s+${literal(text)}\\b`, 'i').test(a.headline ?? '');
	for (const m of a.mentions)
		if ((m.kind === 'acronym' || m.kind === 'org' || m.kind === 'name') && inHeadline(m.text) && !describing(m.text))
			counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
	// A day or a month in the headline ("Give Us Our Fridays") is when, not what the article is about.
	const when = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
	// "Bank" of "Why a Sound Bank Can Collapse", which the article writes "a bank": a common noun the headline capitalises is no name.
	const common = (text: string) => !/\s/.test(text) && new RegExp(`\\b${literal(text.toLowerCase())}\\b`).test(a.text);
	const found = [...counts].filter(([text]) => !when.test(text) && !common(text)).sort((x, y) => y[1] - x[1])[0]?.[0];
	// "Sydney" of "the Sydney Opera House", "Coke" of "New Coke", "Apollo" of "Apollo 13": the topic is the whole name the
	// headline and the article both write, its capitals and numbers either side.
	const name = found && wholeName(a, found);
	const spread = new Map<string, number>();
	for (const s of a.sentences)
		for (const w of new Set(s.tokens.filter((t) => t.tags.has('Noun')).map((t) => t.text.toLowerCase()))) spread.set(w, (spread.get(w) ?? 0) + 1);
	const nouns = new Set([...spread].filter(([, n]) => n >= Math.max(3, a.sentences.length * 0.15)).map(([w]) => w));
	topics.set(a, (topic = { name, nouns }));
	return topic;
}

/** The thing an article's headline names and its text keeps naming ("the Channel Tunnel", "GPS"), written as a noun phrase. */
export function topicName(a: Analysis): string | undefined {
	const topic = topicOf(a);
	if (!topic.name) return undefined;
	if (topic.written === undefined) {
		// "the Channel Tunnel" as the article writes it, but "Netflix", "GPS" and "Rosetta" (of "the Rosetta spacecraft") bare.
		const found = [...a.text.matchAll(new RegExp(`(\\b[Tt]he\\s+)?\\b${literal(topic.name)}\\b`, 'g'))];
		const withThe = found.filter((m) => m[1]).length > found.filter((m) => !m[1]).length;
		topic.written = /^\p{Lu}{2,}\b/u.test(topic.name) || !withThe ? topic.name : `the ${topic.name}`;
	}
	return topic.written;
}

/** "the satellites" in an article headlined about GPS is "the GPS satellites": a noun the article keeps using belongs to its topic. */
function onTopic(a: Analysis, noun: string): string | undefined {
	const topic = topicOf(a);
	if (!topic.name || !topic.nouns.has(noun)) return undefined;
	// "the Chernobyl plant" where the article writes "the Chernobyl nuclear power plant", never "the Phoenix warnings" that it never writes.
	const written = new RegExp(`\\b${literal(topic.name)}(?:\\s+[\\p{L}-]+){0,2}\\s+${literal(noun)}\\b`, 'u').test(a.text);
	return written ? `the ${topic.name} ${noun}` : undefined;
}

/** Edits for "the <noun>" that the article named in full earlier: the noun ends its phrase (not "the first voyage", not "the seabed of …"). */
function descriptionEdits(a: Analysis, s: Sentence, from: number, to: number): Edit[] {
	const edits: Edit[] = [];
	const tokens = s.tokens;
	for (let i = 0; i + 1 < tokens.length; i++) {
		const [the, noun, next] = [tokens[i], tokens[i + 1], tokens[i + 2]];
		if (the.start < from || noun.end > to || !/^the$/i.test(the.text)) continue;
		// "the first satellite" of an article about GPS: the topic goes before the noun.
		if (next && (noun.tags.has('Adjective') || noun.tags.has('Ordinal')) && next.tags.has('Noun') && !tokens[i + 3]?.tags.has('Noun')) {
			const topical = onTopic(a, next.text);
			if (topical && next.end <= to) edits.push({ start: noun.start, end: next.end, text: `${noun.text} ${topical.slice(4)}`, optional: true });
			continue;
		}
		// "the Court" of a ruling is the court the article last named in full ("the U.S. Supreme Court"); "the Biden administration"
		// is the administration, and "the Court of Appeals" names itself.
		const ownsNext = next && (/^(?:\p{Lu}|of$)/u.test(next.text) || (next.tags.has('Noun') && !next.tags.has('Verb')));
		if (/^\p{Lu}\p{Ll}{3,}$/u.test(noun.text) && noun.tags.has('Noun') && !ownsNext) {
			const full = namedEarlier(a, noun.text, s.start);
			if (full && !s.text.includes(full.replace(/^the /, '')))
				edits.push({ start: the.start, end: noun.end, text: the.text === 'The' ? capital(full) : full, optional: true });
			continue;
		}
		if (!/^\p{Ll}[\p{Ll}-]{3,}$/u.test(noun.text) || !noun.tags.has('Noun') || noun.tags.has('ProperNoun')) continue;
		// "the markets for stocks, futures and options" says which markets itself, and plural things are seldom one named thing.
		if (noun.tags.has('Plural')) continue;
		if (next && (next.tags.has('Noun') || /^(?:of|for|['’]s?)$/.test(next.text) || /^['’-]/.test(a.text.slice(noun.end, noun.end + 1)))) continue;
		const full = namedEarlier(a, noun.text, s.start) ?? onTopic(a, noun.text);
		// Already named in this sentence: the description is clear without help.
		if (!full || s.text.toLowerCase().includes(full.toLowerCase().replace(/^the /, ''))) continue;
		edits.push({ start: the.start, end: noun.end, text: the.text === 'The' ? capital(full) : full, optional: true });
	}
	return edits;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "The Court" or "The mission" that a sentence opens with, as the article named it in full before `before` ("The U.S. Supreme
 * Court", "The Apollo 13 mission"), for a pronoun that stands for it in the next sentence.
 */
export function describedInFull(a: Analysis, phrase: string, before: number): string | undefined {
	const head = /^(?:The|the)\s+(\p{L}[\p{L}-]{3,})$/u.exec(phrase)?.[1];
	const full = head && (namedEarlier(a, head, before) ?? (/^\p{Ll}/u.test(head) ? onTopic(a, head) : undefined));
	return full ? `${phrase.slice(0, 3)}${full.slice(3)}` : undefined;
}

/** Verbs a court cites an earlier case with. */
const CITES = /\b(?:drew|draws|drawing|relied|relies|relying)\s+on\s+$|\b(?:cited|cites|citing|followed|applied|invoked|overruled|distinguished)\s+$/;

/** A person's name written as part of a thing's name, or of a longer name, which stays as written. */
function namesAThing(a: Analysis, m: Mention): boolean {
	// "Nelson's Column", "Halley's Comet", the case "Carlill v Carbolic Smoke Ball": a thing named after a person keeps its name.
	// "a federal court drew on Carlill": under the headline "Carlill v …", the surname a court cites is the case.
	const caseCited = new RegExp(`\\b${literal(m.text)}\\s+v\\.?\\s`).test(a.headline ?? '') && CITES.test(a.text.slice(Math.max(0, m.start - 20), m.start));
	// "Abu Abdallah Muhammad ibn Battuta": a surname after a lower-case particle is the end of a longer name, already whole.
	const partOfName = /\b(?:ibn|bin|bint|de|da|van|von|del|della|al)\s+$/.test(a.text.slice(Math.max(0, m.start - 6), m.start));
	return (
		caseCited ||
		partOfName ||
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
	for (const t of taken) if (t.text) for (const p of a.people.values()) if (t.text.includes(usualName(a, p))) introduced.add(p.key);
	for (const m of lookup(a).mentionsIn(s.index)) {
		if (m.start < from || m.end > to || !free(m)) continue;
		if (m.kind === 'person') {
			const first = !introduced.has(m.key);
			const text = first && !namesAThing(a, m) ? personName(a, m, true) : undefined;
			introduced.add(m.key);
			if (text) edits.push({ start: m.start, end: m.end, text, optional: true });
		} else if (m.kind === 'date' && !RECURRING.test(s.text)) {
			const text = dateWithYear(m);
			if (text !== m.text) edits.push({ start: m.start, end: m.end, text, optional: true });
		}
	}
	for (const e of descriptionEdits(a, s, from, to)) if (free(e) && !edits.some((x) => x.start < e.end && e.start < x.end)) edits.push(e);
	return edits;
}
