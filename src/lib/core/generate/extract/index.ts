/**
 * Stage 3: read the article once and collect what questions can be asked
 * about: people and their roles, organisations and places, dates, numbers,
 * acronyms, quoted terms and who said what.
 */
import { clean } from '../clean';
import { segment } from '../segment';
import { isFinite, tagSentences } from '../tokens';
import type { Acronym, Analysis, Mention, Person, Sentence } from '../types';
import { findAcronyms } from './acronyms';
import { chunksOf, midSentenceCapitals } from './chunks';
import { inSentence, leadingPronounPerson, personBefore, subjectPerson } from './coref';
import { overlapsAny, withinAny } from '../spans';
import type { FullDate } from './dates';
import { articleYears, findDates, lastFullDate, lastYearIn } from './dates';
import { findNumbers } from './numbers';
import { findPeople, personFor, sexOfHonorific } from './people';
import { findQuotes } from './quotes';
import { findRoles } from './roles';
import { slugify } from '../../bank/ids';
import { lookup } from '../lookup';
import { literal } from '../pattern';

/** Items grouped by a key, each group in the items' order. */
function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
	const groups = new Map<number, T[]>();
	for (const item of items) {
		const group = groups.get(key(item));
		if (group) group.push(item);
		else groups.set(key(item), [item]);
	}
	return groups;
}

/** The sentence holding a span whole, by binary search: sentences are in order and never overlap. */
function sentenceHolding(sentences: Sentence[], span: { start: number; end: number }): Sentence | undefined {
	let lo = 0;
	let hi = sentences.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sentences[mid].start <= span.start) lo = mid + 1;
		else hi = mid;
	}
	const s = sentences[lo - 1];
	return s && span.end <= s.end ? s : undefined;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The one person of a shared family name ("King" of Don King and B.B. King) that the paragraph has named in full so far: a
 * writer shortens a name to its last word only where no one else of that name is near. Named nowhere in the paragraph, or
 * beside another of that name, it stays no one's.
 */
function familyNamed(people: Map<string, Person>, before: Mention[], sentences: Sentence[], s: Sentence, word: string): Person | undefined {
	if (!/^\p{Lu}[\p{L}'’-]+$/u.test(word)) return undefined;
	const bearers = new Set([...people.values()].filter((p) => p.name.endsWith(` ${word}`)).map((p) => p.key));
	if (bearers.size < 2) return undefined;
	const named = new Set(
		before.filter((m) => m.kind === 'person' && m.form === 'full' && bearers.has(m.key) && sentences[m.sentence].paragraph === s.paragraph).map((m) => m.key)
	);
	return named.size === 1 ? people.get([...named][0]) : undefined;
}

/** Reads an article: cleans, segments, tags, and extracts everything the templates use. */
export function analyze(text: string, published?: string): Analysis {
	const { paragraphs, headline } = clean(text);
	const sentences = segment(text, paragraphs);
	tagSentences(text, sentences);
	// Grouped once, in order: filtering the whole article for every sentence grows with the square of its length.
	const byParagraph = groupBy(sentences, (s) => s.paragraph);

	const capitals = midSentenceCapitals(sentences);
	const chunks = sentences.flatMap((s) => chunksOf(s, capitals));
	const chunksBySentence = groupBy(chunks, (c) => c.sentence);
	const people = findPeople(sentences, chunks, headline);
	const mentions: Mention[] = [];
	const acronyms: Acronym[] = [];
	const families = new Set([...people.values()].map((p) => /\s(\p{Lu}[\p{L}'’-]+)$/u.exec(p.name)?.[1]).filter((w) => !!w));
	// "a McDonald's a block away", "the 100th McDonald's": a family name whose "'s" the article counts as a thing names that thing,
	// the shop or the firm, wherever it takes its "'s" ("McDonald's shares").
	const things = new Set(
		[
			...text.matchAll(
				/\b(?:a|an|the|every|\d+(?:st|nd|rd|th))\s+(\p{Lu}[\p{L}-]+)['’]s(?=\s+(?:a|an|the|in|on|at|of|and|or|was|were|is|are|had|has|that|which|with|by|for|to|\p{Ll}+ed)\b|\s*[,.;:!?])/gu
			)
		].map((m) => m[1])
	);
	const ownedThing = (name: string, end: number) => things.has(name.split(/\s+/).pop() ?? '') && /^['’]s\b/.test(text.slice(end, end + 3));
	// An acronym of an organisation ("ISRO") is asked about as an organisation; others ("CVID") as acronyms.
	const orgLongForms = new Set(chunks.filter((c) => c.kind === 'org').map((c) => c.text));
	const orgAcronyms = new Set<string>();
	const orgAcronym = (key: string) => orgAcronyms.has(key);
	let lastYear: number | undefined;
	// The last full date ("4 November 1922"): a story told in dates goes on from it.
	let lastFull: FullDate | undefined;
	const years = articleYears(sentences.map((s) => s.text).join(' '), headline);
	for (const s of sentences) {
		const fromHere = mentions.length;
		const dates = findDates(s, byParagraph.get(s.paragraph) ?? [s], published, lastYear, { ...years, lastFull });
		// A birth or a death is a life's date, not an episode the story goes on with.
		if (!/\b(?:born|died)\b/.test(s.text)) lastFull = lastFullDate(s.text) ?? lastFull;
		lastYear = lastYearIn(s.text) ?? lastYear;
		const numbers = findNumbers(s, dates);
		const defined = findAcronyms(s);
		acronyms.push(...defined.acronyms);
		for (const a of defined.acronyms) if (orgLongForms.has(a.long)) orgAcronyms.add(`acronym:${a.short}`);
		mentions.push(...dates, ...numbers);
		const own = (chunksBySentence.get(s.index) ?? []).filter((c) => !dates.some((d) => overlaps(d, c)));
		for (const c of own) {
			const person = ownedThing(c.text, c.end) ? undefined : (personFor(people, c.text) ?? familyNamed(people, mentions, sentences, s, c.text));
			if (person) {
				const form = c.text === person.name ? 'full' : 'alias';
				mentions.push({ kind: 'person', start: c.start, end: c.end, text: c.text, sentence: s.index, key: person.key, form });
				continue;
			}
			const acronym = defined.mentions.find((m) => m.start === c.start && m.end === c.end);
			if (acronym && !orgAcronym(acronym.key)) continue;
			const kind = c.kind === 'person' ? 'name' : c.kind;
			mentions.push({ kind, start: c.start, end: c.end, text: c.text, sentence: s.index, key: `${kind}:${slugify(c.text, 'x')}`, form: kind });
		}
		// "King persuaded both men": a family name that is also a title ("King", "Bishop") makes no chunk of its own.
		for (const [i, t] of s.tokens.entries()) {
			if (!families.has(t.text) || own.some((c) => overlaps(c, t)) || /^(?:the|a|an)$/i.test(s.tokens[i - 1]?.text ?? '') || ownedThing(t.text, t.end))
				continue;
			const person = personFor(people, t.text) ?? familyNamed(people, mentions, sentences, s, t.text);
			if (person) mentions.push({ kind: 'person', start: t.start, end: t.end, text: t.text, sentence: s.index, key: person.key, form: 'alias' });
		}
		for (const m of defined.mentions) {
			// Only this sentence's mentions can share its offsets.
			if (!orgAcronym(m.key) && !mentions.slice(fromHere).some((x) => x.start === m.start && x.end === m.end)) mentions.push(m);
		}
	}
	mentions.sort((a, b) => a.start - b.start || b.end - a.end);

	const personMentions = mentions.filter((m) => m.kind === 'person');
	const roles = sentences.flatMap((s) => findRoles(s, chunksBySentence.get(s.index) ?? [], inSentence(personMentions, s.index)));
	const resolve = (s: Sentence, at: number) => {
		const before = inSentence(personMentions, s.index).filter((m) => m.end <= at);
		if (before.length) return before[before.length - 1].key;
		return personBefore(sentences, s, personMentions, new Map());
	};
	const { quotes, quoted } = findQuotes(text, paragraphs, { sentences, people: personMentions, resolve });

	// Short quoted phrases nobody is said to have said are terms ("America First"), worth a blank.
	const spokenSpans = quotes.filter((x) => !x.indirect);
	for (const q of quoted) {
		const words = text.slice(q.start, q.end).trim().split(/\s+/);
		const spoken = overlapsAny(spokenSpans, q.start, q.end);
		const sentence = sentenceHolding(sentences, q);
		if (spoken || !sentence || words.length > 8) continue;
		const body = text.slice(q.start, q.end).replace(/[,.]$/, '');
		mentions.push({
			kind: 'term',
			start: q.start,
			end: q.start + body.length,
			text: body,
			sentence: sentence.index,
			key: `term:${slugify(body, 'x')}`,
			form: 'term'
		});
	}
	const terms = mentions.filter((m) => m.kind === 'term');
	const kept = mentions.filter((m) => m.kind === 'term' || !withinAny(terms, m.start, m.end));
	kept.sort((a, b) => a.start - b.start || b.end - a.end);

	const analysis: Analysis = { text, published, headline, paragraphs, sentences, mentions: kept, people, roles, quotes, acronyms, quoted };
	return analysis;
}

/** The people mentioned and who speaks in each sentence, worked out once per analysis. */
const speech = new WeakMap<Analysis, { people: Mention[]; speakers: Map<number, string>; main?: string; dominant?: 'f' | 'm' }>();

/**
 * The person an article is about: the one its headline names ("Frida Kahlo: The Painter Who …"),
 * else, when the headline names no one, one named far more often than anyone else; none when the
 * headline names a pair. A biography calls its subject "she" far more
 * often than by name, so counting names alone can crown her husband.
 */
function mainPerson(a: Analysis, people: Mention[]): string | undefined {
	const headline = a.headline ?? '';
	const written = (p: Person) => (headline.includes(p.name) ? p.name : p.aliases.find((alias) => new RegExp(`\\b${literal(alias)}\\b`).test(headline)));
	// "Marie Curie" is Marie's name before it is Pierre Curie's surname: the name the headline writes first.
	const named = [...a.people.values()]
		.flatMap((p) => {
			const text = written(p);
			return text ? [{ key: p.key, text, at: headline.indexOf(text) }] : [];
		})
		.sort((x, y) => x.at - y.at);
	// "Marbury v. Madison", "Lewis and Clark", "Smoot-Hawley": a headline naming a pair is about neither alone.
	const pair = (x: string, y: string) => headline.includes(`${x} and ${y}`) || headline.includes(`${x} v. ${y}`) || headline.includes(`${x}-${y}`);
	if (named.some((x) => named.some((y) => pair(x.text, y.text)))) return undefined;
	if (named.length) return named[0].key;
	const counts = new Map<string, number>();
	for (const m of people) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
	const [first, second] = [...counts].sort((x, y) => y[1] - x[1]);
	return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/** The sex of the pronouns that open the article's sentences, when one is at least three times the other. */
function dominantPronoun(a: Analysis): 'f' | 'm' | undefined {
	let she = 0;
	let he = 0;
	for (const s of a.sentences) {
		if (/^(?:She|Her)\b/.test(s.text)) she++;
		else if (/^(?:He|His)\b/.test(s.text)) he++;
	}
	return she >= 3 && she >= 3 * he ? 'f' : he >= 3 && he >= 3 * she ? 'm' : undefined;
}

/** A person's sex as a title ("Queen"), their given name ("Rosalind", "Aaron") or, failing those, the article's pronouns tell it. */
export function genderOf(a: Analysis, key: string): 'f' | 'm' | undefined {
	// Asked for every pronoun and every person choice: read once per person and analysis.
	let known = sexes.get(a);
	if (!known) sexes.set(a, (known = new Map()));
	if (known.has(key)) return known.get(key);
	const m = lookup(a).mentionsOf(key)[0];
	const token = m && a.sentences[m.sentence].tokens.find((t) => t.start === m.start);
	// "Kim Jong Un": a name written family first opens on the family name, which says nothing of sex ("Kim" reads as a woman's).
	const given = a.people.get(key)?.familyFirst ? undefined : token;
	const named = given?.tags.has('FemaleName') ? 'f' : given?.tags.has('MaleName') ? 'm' : undefined;
	const votes = pronounVotes(a, key);
	const byPronoun = votes.f > votes.m ? 'f' : votes.m > votes.f ? 'm' : undefined;
	// "Jesse Owens": a given name used by both sexes is read as one. The pronouns a life story calls its subject by tell better, when
	// they also follow the subject's own name (the "he" of a story about the Mona Lisa's thief is not the painting's).
	const dominant = key === mainPersonOf(a) ? spoken(a).dominant : undefined;
	const subject = dominant && dominant === byPronoun && votes[dominant] >= 2 ? dominant : undefined;
	const sex = honorificOf(a, key) ?? kinOf(a, key) ?? subject ?? named ?? byPronoun;
	known.set(key, sex);
	return sex;
}
const sexes = new WeakMap<Analysis, Map<string, 'f' | 'm' | undefined>>();

/** A person's sex as the kin word before one of their mentions tells it ("her boyfriend, Tom Miller", "his wife Mildred"). */
function kinOf(a: Analysis, key: string): 'f' | 'm' | undefined {
	for (const m of lookup(a).mentionsOf(key)) {
		const kin = /\b(boyfriend|husband|brother|father|son|uncle|nephew|grandfather|girlfriend|wife|sister|mother|daughter|aunt|niece|grandmother),?\s+$/i.exec(
			a.text.slice(Math.max(0, m.start - 20), m.start)
		)?.[1];
		if (kin) return /^(?:girlfriend|wife|sister|mother|daughter|aunt|niece|grandmother)$/i.test(kin) ? 'f' : 'm';
	}
	return undefined;
}

/** A person's sex as a title before one of their mentions tells it ("Queen Victoria granted him …" is hers, whatever "him" says). */
function honorificOf(a: Analysis, key: string): 'f' | 'm' | undefined {
	for (const m of lookup(a).mentionsOf(key)) {
		const tokens = a.sentences[m.sentence].tokens;
		const at = tokens.findIndex((t) => t.start === m.start);
		const sex = sexOfHonorific(tokens[at - 1]?.text) ?? sexOfHonorific(tokens[at]?.text);
		if (sex) return sex;
	}
	return undefined;
}

/** How often the first he or she after a person's name, in the rest of its sentence, is each. */
function pronounVotes(a: Analysis, key: string): { f: number; m: number } {
	let she = 0;
	let he = 0;
	for (const m of lookup(a).mentionsOf(key)) {
		const s = a.sentences[m.sentence];
		const others = lookup(a)
			.mentionsIn(s.index)
			.filter((x) => x.kind === 'person' && x.key !== key && x.start > m.end);
		const until = others[0]?.start ?? s.end;
		const pronoun = /\b(she|her|he|his|him)\b/i.exec(a.text.slice(m.end, until))?.[1].toLowerCase();
		if (pronoun === 'she' || pronoun === 'her') she++;
		else if (pronoun) he++;
	}
	return { f: she, m: he };
}

/** The person a he/she/his/her refers to: the paragraph's last subject or speaker of the pronoun's sex, else the article's main person. */
/** Who speaks where, the article's main person and its pronouns' sex, worked out once per analysis. */
function spoken(a: Analysis) {
	let known = speech.get(a);
	if (!known) {
		const people = a.mentions.filter((m) => m.kind === 'person');
		known = { people, speakers: new Map(a.quotes.map((q) => [q.sentence, q.speaker] as const)), main: mainPerson(a, people), dominant: dominantPronoun(a) };
		speech.set(a, known);
	}
	return known;
}

/** The key of the person the article is about, if it is about one. */
export function mainPersonOf(a: Analysis): string | undefined {
	return spoken(a).main;
}

export function pronounPerson(a: Analysis, s: Sentence, leading = true, pronoun = s.text.split(/\s/)[0]): string | undefined {
	const known = spoken(a);
	// A pronoun later in the sentence ("In 1951 she moved …") refers back just as a leading one does.
	const found =
		leading && /^(?:He|She|His|Her)\b/.test(s.text)
			? leadingPronounPerson(a.sentences, s, known.people, known.speakers)
			: personBefore(a.sentences, s, known.people, known.speakers);
	const main = known.main;
	const wanted = /^(?:she|her)$/i.test(pronoun) ? 'f' : /^(?:he|his|him)$/i.test(pronoun) ? 'm' : undefined;
	// "Her reputation" after a sentence about Aaron Klug is not Aaron Klug's.
	const fits = (key: string | undefined) => !!key && (!wanted || genderOf(a, key) !== (wanted === 'f' ? 'm' : 'f'));
	// In a biography told as "she", a "she" is its subject unless the sentence before made someone else its subject.
	const prev = a.sentences[s.index - 1];
	const prevSubject = prev ? subjectPerson(prev, known.people)?.key : undefined;
	if (wanted && prev && found && found === prevSubject) {
		const carried = carriedPronoun(a, prev, found, wanted);
		if (carried) return carried;
	}
	// "Foreman, by contrast, looked unstoppable. Seven years younger than Ali, he had won …": in a paragraph that opens on another
	// man or woman, a "he" or "she" of that sex is that one, until someone else is made a subject.
	const topic = wanted ? paragraphTopic(a, s, known.people, main) : undefined;
	if (topic && topic !== main && genderOf(a, topic) === wanted) return topic;
	if (main && wanted && wanted === known.dominant && found !== main && prevSubject !== found && fits(main)) return main;
	return fits(found) ? found : fits(main) ? main : undefined;
}

/**
 * "In 1869 she married Nelson Davis, and the same year the writer Sarah Bradford published …. After Davis died, she …": a
 * sentence that opens its first clause on "she" goes on being about her, though a later clause makes another woman its
 * subject. The one that first "she" stands for, when it is someone else than `named`.
 */
function carriedPronoun(a: Analysis, prev: Sentence, named: string, wanted: 'f' | 'm'): string | undefined {
	const mention = inSentence(spoken(a).people, prev.index).find((m) => m.key === named);
	if (!mention) return undefined;
	const word = wanted === 'f' ? 'she' : 'he';
	// "In April 1906 he and his older brother Kurt stayed aloft …. Later that year he joined …": a "he" that opens a pair of subjects goes on too.
	const subjectAt = (k: number) => !!prev.tokens[k + 1] && (isFinite(prev.tokens[k + 1]) || /^and$/i.test(prev.tokens[k + 1].text));
	const at = prev.tokens.findIndex((t, k) => t.end <= mention.start && t.text.toLowerCase() === word && subjectAt(k));
	if (at < 0) return undefined;
	const key = pronounPerson(a, prev, at === 0, prev.tokens[at].text);
	return key && key !== named ? key : undefined;
}

/**
 * The person the paragraph of sentence `s` opens on, named alone before the verb of its first sentence ("Foreman, by contrast,
 * looked unstoppable", "For Foreman, the defeat was devastating"), while no sentence since has named anyone else there.
 */
function paragraphTopic(a: Analysis, s: Sentence, people: Mention[], main: string | undefined): string | undefined {
	let first = s.index - 1;
	while (first > 0 && a.sentences[first - 1].paragraph === s.paragraph) first--;
	if (first < 0 || a.sentences[first].paragraph !== s.paragraph) return undefined;
	// The people a sentence names before its verb, not as an owner ("Shockley's first idea"): its subject or its opening phrase's.
	const leading = (i: number) => {
		const verb = a.sentences[i].tokens.find(isFinite);
		return inSentence(people, i).filter(
			(m) =>
				!!verb &&
				m.end <= verb.start &&
				!/^['’]s\b/.test(a.text.slice(m.end, m.end + 2)) &&
				// "Seven years younger than Ali, he …": one measured against is not the one told of.
				!/\b(?:than|unlike|like|with|against|beside)\s+$/i.test(a.text.slice(Math.max(0, m.start - 12), m.start))
		);
	};
	const opening = new Set(leading(first).map((m) => m.key));
	const topic = opening.size === 1 ? [...opening][0] : undefined;
	// "Valerie Jane Morris-Goodall was born …" is the article's Jane Goodall under another name.
	const person = topic && a.people.get(topic);
	const mainWords = new Set((main && a.people.get(main)?.name.split(/\s+/)) ?? []);
	if (!topic || !person || person.name.split(/[\s-]+/).some((w) => mainWords.has(w))) return undefined;
	for (let i = first + 1; i < s.index; i++) if (leading(i).some((m) => m.key !== topic)) return undefined;
	return topic;
}
