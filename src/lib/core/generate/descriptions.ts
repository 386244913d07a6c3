/**
 * What a definite description stands for: "the volcano" after "Mount Tambora, a volcano on …", "the Court" after "the U.S.
 * Supreme Court", "the satellites" of an article about GPS; and the thing an article's headline names.
 */
import { asWritten, literal } from './pattern';
import { headlineThing } from './headline-things';
import { groupLeader } from './led-groups';
import { lookup } from './lookup';
import { withinAny } from './spans';
import { capital } from './tokens';
import type { Analysis, Edit, Sentence } from './types';

const named = new WeakMap<Analysis, Map<string, { at: number; phrase: string }[]>>();
const appositiveNames = new WeakMap<Analysis, Map<string, { at: number; phrase: string }[]>>();

/**
 * "Mount Tambora, a volcano on the island of Sumbawa": a name that an appositive calls "a volcano" is "the volcano"
 * after it, as "The work was Messiah" makes "the work" Messiah. Every appositive of the article, by its head noun, found in one pass.
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
	// "The work was Messiah.": a sentence that says what "the work" is names it for the sentences after.
	for (const m of a.text.matchAll(
		/(?:^|[.!?][ \t]+)The[ \t]+(\p{Ll}[\p{Ll}-]{2,})[ \t]+(?:was|is)[ \t]+((?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:of|the|and)[ \t]+)?){0,3}\p{Lu}[\p{L}'’-]*)(?=[,.;])/gmu
	)) {
		const at = (m.index ?? 0) + m[0].indexOf('The');
		if (!a.paragraphs.some((p) => at >= p.start && at < p.end) || /^(?:The|A|An)$/.test(m[2])) continue;
		const list = byHead.get(m[1]) ?? [];
		list.push({ at, phrase: m[2] });
		byHead.set(m[1], list);
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
		// "the State Commission for Right-Hand Traffic" names a commission: "Right-Hand Traffic" is the end of its name, not traffic's.
		if (/\p{Lu}[\p{L}-]*[ \t]+(?:for|on)[ \t]+$/u.test(a.text.slice(Math.max(0, at - 40), at))) continue;
		const end = at + m[0].length;
		// A title quoted ("named it “America's Most Innovative Company”") names no company.
		if (withinAny(a.quoted, at, end)) continue;
		// …and the head is not a modifier ("two British cave divers" names no cave).
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
		// "Best Picture", "Best Director": an award's category, never the picture or the director the article talks about.
		if (/^(?:Best|Outstanding)$/.test(kept[0] ?? '')) continue;
		// "New York’s toll" and "Britain’s Soft Drinks Industry Levy" own their noun: no "the" before them, unless the
		// owner takes one ("the European Union’s General Data Protection Regulation").
		const owner = kept.findIndex((w) => /['’]s$/.test(w));
		const ownerName = kept
			.slice(0, owner + 1)
			.join(' ')
			.replace(/['’]s$/, '');
		// "in New York City", "as Silicon Valley Bank discovered": a name the article writes after a preposition or a conjunction with
		// no "the", and never with one, takes none ("the city's system" is New York City's).
		const name = `${kept.join(' ')} ${m[2]}`;
		const bare =
			owner < 0 &&
			/\b(?:in|at|from|to|near|outside|across|of|as|when|while|because|after|before|since|until)[ \t]+$/.test(a.text.slice(Math.max(0, at - 12), at)) &&
			!new RegExp(`\\bthe[ \\t]+${literal(name)}\\b`, 'i').test(a.text);
		const the = !bare && (owner < 0 || new RegExp(`\\bthe ${literal(ownerName)}['’]s\\b`, 'i').test(a.text)) ? 'the ' : '';
		// "the Supreme Court of Appeals of Virginia" is another court than "the Supreme Court": the name runs on through its "of".
		const tail = (/^\p{Lu}/u.test(m[2]) && OF_NAME.exec(a.text.slice(end))?.[0]) || '';
		// "Eiffel's tower" is Gustave Eiffel's: an owner who is a person is written in full.
		const person = owner === 0 ? lookup(a).peopleNamed(ownerName)[0] : undefined;
		const written = person && person.name !== ownerName ? [`${person.name}${kept[0].slice(-2)}`, ...kept.slice(1)] : kept;
		found.push({ at, phrase: `${the}${written.join(' ')} ${m[2]}${tail}` });
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
	// "the George Washington Bridge" of a later comparison is not it. "Why a Sound Bank Can Collapse" means no bank in particular.
	const headline = new RegExp(`\\bthe\\s+(?:[\\p{L}-]+\\s+){0,4}${literal(head)}\\b`, 'iu').test(a.headline ?? '');
	return (headline ? earlier[0] : (placedNearby(a, head, earlier, before) ?? earlier[earlier.length - 1]))?.phrase;
}

/**
 * "Le Verrier wrote to Galle in Berlin. … permission from the observatory's director": of several names with one head (the Berlin
 * and the Paris Observatory), the one whose other words the sentence at `before` or the one before it write.
 */
function placedNearby(a: Analysis, head: string, named: { at: number; phrase: string }[], before: number): { at: number; phrase: string } | undefined {
	const phrases = new Set(named.map((p) => p.phrase));
	if (phrases.size < 2) return undefined;
	const at = lookup(a).sentenceAt(before);
	if (!at) return undefined;
	const prev = a.sentences[at.index - 1];
	const near = `${prev && prev.paragraph === at.paragraph ? prev.text : ''} ${at.text}`;
	// Only the words before the head say which: "of Virginia" in "the Supreme Court of Appeals of Virginia" is no place of it.
	const written = (phrase: string) =>
		phrase
			.slice(0, phrase.search(new RegExp(`\\b${literal(head)}\\b`, 'i')))
			.split(/\s+/)
			.some((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && new RegExp(`\\b${literal(w)}\\b`).test(near));
	const fits = [...phrases].filter(written);
	return fits.length === 1 ? [...named].reverse().find((p) => p.phrase === fits[0]) : undefined;
}

/** An article's topic, the nouns it keeps returning to, and the topic as the article writes it (worked out when first asked). */
type Topic = { name?: string; nouns: Set<string>; written?: string };
const topics = new WeakMap<Analysis, Topic>();

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

/** What the article is about when its headline names it with an acronym or a name ("GPS"), and the nouns it keeps returning to. */
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
		topic.written = /^\p{Lu}{2,}\b/u.test(topic.name) ? topic.name : asWritten(a.text, topic.name);
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

/** Words for the same kind of thing: "the blast" of an article headlined "The Tunguska Explosion" is that explosion. */
const KINDS = [
	['explosion', 'blast', 'impact', 'fireball', 'eruption'],
	['conference', 'meeting', 'gathering', 'summit'],
	['disaster', 'catastrophe', 'accident', 'tragedy', 'spill'],
	['fire', 'blaze'],
	['flood', 'deluge'],
	['crisis', 'standoff', 'confrontation'],
	['strike', 'walkout', 'stoppage'],
	['bubble', 'mania']
];

/**
 * "the blast" under the headline "The Tunguska Explosion: …": the thing a side of the headline names, when the noun is its head or
 * a word for the same kind of thing, written as the article names it before `before` or, when the prose writes its other words,
 * as the headline does ("the Tunguska explosion").
 */
function headlineKind(a: Analysis, noun: string, before: number): string | undefined {
	for (const side of (a.headline ?? '').split(/:\s+/)) {
		const found = /^(?:The\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(\p{Lu}\p{Ll}+)(?=$|\s+(?:of|in|at)\b|[,.!?])/u.exec(side);
		const head = found?.[2].toLowerCase();
		if (!found || !head || (head !== noun && !KINDS.some((kind) => kind.includes(head) && kind.includes(noun)))) continue;
		const named = namedEarlier(a, head, before);
		if (named) return named;
		const words = found[1].trim();
		const prose = a.paragraphs.some((p) => new RegExp(`\\b${literal(words)}\\b`).test(a.text.slice(p.start, p.end)));
		if (prose) return `the ${words} ${head}`;
	}
	return undefined;
}

/** Words for everyone, everywhere or all time, which no name narrows. */
const EVERYWHERE = /^(?:world|universe|public|past|future|present)$/;

/** Nouns for a town, each the same kind of place. */
const TOWN_WORDS = String.raw`(?:city|town|capital|port|village)`;
const TOWN = new RegExp(`^${TOWN_WORDS}$`);
const cityOf = new WeakMap<Analysis, string | null>();

/**
 * "the city" of an article headlined "The Lisbon Earthquake of 1755" is Lisbon: the one place the headline names, where the
 * article itself calls it a town ("Lisbon, the capital of Portugal", "Halifax in 1917 was a busy wartime port").
 */
function headlineCity(a: Analysis): string | undefined {
	let city = cityOf.get(a);
	if (city === undefined) {
		const headline = a.headline ?? '';
		const places = [...new Set(a.mentions.filter((m) => m.kind === 'place' && new RegExp(`\\b${literal(m.text)}\\b`).test(headline)).map((m) => m.text))];
		const called = (name: string) =>
			new RegExp(
				String.raw`\b${literal(name)},\s+(?:the|a)\s+${TOWN_WORDS}\b|\b${TOWN_WORDS}\s+of\s+${literal(name)}\b|\b${literal(name)}\s+(?:\S+\s+){0,3}(?:is|was)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}${TOWN_WORDS}\b`,
				'u'
			).test(a.text);
		city = places.length === 1 && called(places[0]) ? places[0] : null;
		cityOf.set(a, city);
	}
	return city ?? undefined;
}

/**
 * "Some glaciers move fast. Jakobshavn Isbrae … reached 46 metres a day. … The glacier sped up because …": a thing's name (not a
 * place's nor a body's) that opens an earlier sentence of a paragraph that speaks of that kind of thing, and is not the one found, is
 * the more likely thing meant, so the description is left alone.
 */
function otherSubjectBefore(a: Analysis, s: Sentence, full: string, head: string): boolean {
	const named = full.replace(/^the\s+/i, '');
	// The kind in lower case: "The Antarctic Treaty" names one treaty, it does not speak of treaties.
	const kind = new RegExp(`\\b${literal(head)}s?\\b`);
	// Only the sentences after the one that names it: "Britain's levy began. … The Regulation began. Fines grew under the regulation."
	for (let i = s.index - 1; i >= 0 && a.sentences[i].paragraph === s.paragraph && !a.sentences[i].text.includes(named); i--) {
		const opening = lookup(a)
			.mentionsIn(i)
			.find((m) => m.start - a.sentences[i].start <= 4 && m.kind === 'name');
		if (!opening || named.includes(opening.text) || !/^(?:The\s+)?$/.test(a.text.slice(a.sentences[i].start, opening.start))) continue;
		// "Some glaciers move remarkably fast. Jakobshavn Isbrae …": the paragraph has said, by then, that it speaks of that kind of thing.
		for (let k = i; k >= 0 && a.sentences[k].paragraph === s.paragraph; k--) if (kind.test(a.sentences[k].text)) return true;
	}
	return false;
}

/** Edits for "the <noun>" that the article named in full earlier: the noun ends its phrase (not "the first voyage", not "the seabed of …"). */
export function descriptionEdits(a: Analysis, s: Sentence, from: number, to: number): Edit[] {
	const edits: Edit[] = [];
	const tokens = s.tokens;
	for (let i = 0; i + 1 < tokens.length; i++) {
		const [the, noun, next] = [tokens[i], tokens[i + 1], tokens[i + 2]];
		if (the.start < from || noun.end > to || !/^the$/i.test(the.text)) continue;
		// "the first satellite" of an article about GPS: the topic goes before the noun.
		if (next && (noun.tags.has('Adjective') || noun.tags.has('Ordinal')) && next.tags.has('Noun') && !tokens[i + 3]?.tags.has('Noun')) {
			const topical = onTopic(a, next.text);
			if (topical && next.end <= to) edits.push({ start: noun.start, end: next.end, text: `${noun.text} ${topical.slice(4)}`, optional: true });
			// "the lower city" is Lisbon's lower city; "the same city" is no part of one.
			const city = !topical && TOWN.test(next.text) && /^(?:lower|upper|old|inner|outer|walled|medieval|historic)$/i.test(noun.text) && headlineCity(a);
			if (city && next.end <= to && !s.text.includes(city))
				edits.push({ start: the.start, end: next.end, text: `${city}’s ${noun.text.toLowerCase()} ${next.text}`, optional: true });
			continue;
		}
		// "the Court" of a ruling is the court the article last named in full ("the U.S. Supreme Court"); "the Biden administration"
		// is the administration, and "the Court of Appeals" names itself.
		// "the Plains states": a plural name never takes a verb in "-s", so the word after it is a noun it qualifies.
		const ownsNext =
			next &&
			(/^(?:\p{Lu}|of$)/u.test(next.text) ||
				(next.tags.has('Noun') && !next.tags.has('Verb')) ||
				(/\p{Ll}s$/u.test(noun.text) && /^\p{Ll}+s$/u.test(next.text) && next.tags.has('PresentTense')));
		// "the Calvin cycle" is named after a person, and a person is no description.
		const person = lookup(a)
			.mentionsAt(noun.start)
			.some((m) => m.kind === 'person');
		if (/^\p{Lu}\p{Ll}{3,}$/u.test(noun.text) && noun.tags.has('Noun') && !ownsNext && !person) {
			const full = namedEarlier(a, noun.text, s.start);
			if (full && !s.text.includes(full.replace(/^the /, '')))
				edits.push({ start: the.start, end: noun.end, text: the.text === 'The' ? capital(full) : full, optional: true });
			continue;
		}
		// "the earthquake's magnitude": an owner is named as any other description, its "'s" kept.
		const owner = /^(\p{Ll}[\p{Ll}-]{3,})['’]s$/u.exec(noun.text)?.[1];
		const word = owner ?? noun.text;
		if (!/^\p{Ll}[\p{Ll}-]{3,}$/u.test(word) || !noun.tags.has('Noun') || noun.tags.has('ProperNoun')) continue;
		// "the world", "the public": a word for everyone or everywhere is never one named place ("the Old World").
		if (EVERYWHERE.test(word)) continue;
		// "the researchers" after "an evaluation led by Grant Wyper" are that evaluation's: "the researchers led by Grant Wyper".
		const leader =
			!owner && /^(?:[,.;:]|found|used|said|estimated|reported|concluded|showed)?$/.test(next?.text ?? '') ? groupLeader(a, word, s.start) : undefined;
		if (leader && !s.text.includes(leader)) edits.push({ start: the.start, end: noun.end, text: `${the.text} ${noun.text} led by ${leader}`, optional: true });
		// "the markets for stocks, futures and options" says which markets itself, and plural things are seldom one named thing.
		if (noun.tags.has('Plural')) continue;
		// "the holiday churches" is a kind of church; "the holiday, churches" is the holiday.
		const compound = next?.tags.has('Noun') && /^[ \t]+$/.test(a.text.slice(noun.end, next.start));
		if (!owner && next && (compound || /^(?:of|for|['’]s?)$/.test(next.text) || /^['’-]/.test(a.text.slice(noun.end, noun.end + 1)))) continue;
		const full =
			namedEarlier(a, word, s.start) ??
			onTopic(a, word) ??
			headlineKind(a, word, s.start) ??
			(TOWN.test(word) ? headlineCity(a) : undefined) ??
			headlineThing(a, word, s.text);
		// Already named in this sentence: the description is clear without help.
		if (!full || s.text.toLowerCase().includes(full.toLowerCase().replace(/^the /, ''))) continue;
		if (otherSubjectBefore(a, s, full, word)) continue;
		// "Gustave Eiffel's tower's iron pieces": an owner that is itself owned reads as a stammer.
		if (owner && /['’]s\s/.test(full)) continue;
		edits.push({ start: the.start, end: noun.start + word.length, text: the.text === 'The' ? capital(full) : full, optional: true });
	}
	return edits;
}

/**
 * "The Court" or "The mission" that a sentence opens with, as the article named it in full before `before` ("The U.S. Supreme
 * Court", "The Apollo 13 mission"), for a pronoun that stands for it in the next sentence.
 */
export function describedInFull(a: Analysis, phrase: string, before: number): string | undefined {
	const head = /^(?:The|the)\s+(\p{L}[\p{L}-]{3,})$/u.exec(phrase)?.[1];
	const full =
		head &&
		(namedEarlier(a, head, before) ?? (/^\p{Ll}/u.test(head) ? (onTopic(a, head) ?? headlineKind(a, head, before) ?? headlineThing(a, head, '')) : undefined));
	if (!full) return undefined;
	// "The bank" keeps its capital where the name takes a "the"; "Silicon Valley Bank" takes none.
	return /^the\s/i.test(full) ? `${phrase.slice(0, 3)}${full.slice(3)}` : full;
}
