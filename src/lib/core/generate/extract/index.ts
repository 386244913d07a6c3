/**
 * Stage 3: read the article once and collect what questions can be asked
 * about: people and their roles, organisations and places, dates, numbers,
 * acronyms, quoted terms and who said what.
 */
import { clean } from '../clean';
import { segment } from '../segment';
import { tagSentences } from '../tokens';
import type { Acronym, Analysis, Mention, Sentence } from '../types';
import { findAcronyms } from './acronyms';
import { chunksOf, midSentenceCapitals } from './chunks';
import { leadingPronounPerson, personBefore, subjectPerson } from './coref';
import { findDates } from './dates';
import { findNumbers } from './numbers';
import { findPeople, personFor } from './people';
import { findQuotes } from './quotes';
import { findRoles } from './roles';
import { slugify } from '../../bank/ids';

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

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

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
	const people = findPeople(sentences, chunks);
	const mentions: Mention[] = [];
	const acronyms: Acronym[] = [];
	// An acronym of an organisation ("ISRO") is asked about as an organisation; others ("CVID") as acronyms.
	const orgLongForms = new Set(chunks.filter((c) => c.kind === 'org').map((c) => c.text));
	const orgAcronym = (key: string) => acronyms.some((a) => `acronym:${a.short}` === key && orgLongForms.has(a.long));
	for (const s of sentences) {
		const dates = findDates(s, byParagraph.get(s.paragraph) ?? [s], published);
		const numbers = findNumbers(s, dates);
		const defined = findAcronyms(s);
		acronyms.push(...defined.acronyms);
		mentions.push(...dates, ...numbers);
		const own = (chunksBySentence.get(s.index) ?? []).filter((c) => !dates.some((d) => overlaps(d, c)));
		for (const c of own) {
			const person = personFor(people, c.text);
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
		for (const m of defined.mentions) {
			if (!orgAcronym(m.key) && !mentions.some((x) => x.start === m.start && x.end === m.end)) mentions.push(m);
		}
	}
	mentions.sort((a, b) => a.start - b.start || b.end - a.end);

	const personMentions = mentions.filter((m) => m.kind === 'person');
	const roles = sentences.flatMap((s) => findRoles(s, chunksBySentence.get(s.index) ?? [], personMentions));
	const resolve = (s: Sentence, at: number) => {
		const before = personMentions.filter((m) => m.sentence === s.index && m.end <= at);
		if (before.length) return before[before.length - 1].key;
		return personBefore(sentences, s, personMentions, new Map());
	};
	const { quotes, quoted } = findQuotes(text, paragraphs, { sentences, people: personMentions, resolve });

	// Short quoted phrases nobody is said to have said are terms ("America First"), worth a blank.
	for (const q of quoted) {
		const words = text.slice(q.start, q.end).trim().split(/\s+/);
		const spoken = quotes.some((x) => !x.indirect && overlaps(x, q));
		const sentence = sentences.find((s) => s.start <= q.start && q.end <= s.end);
		if (spoken || !sentence || words.length > 8) continue;
		const body = text.slice(q.start, q.end).replace(/[,.]$/, '');
		mentions.push({ kind: 'term', start: q.start, end: q.start + body.length, text: body, sentence: sentence.index, key: `term:${slugify(body, 'x')}`, form: 'term' });
	}
	const terms = mentions.filter((m) => m.kind === 'term');
	const kept = mentions.filter((m) => m.kind === 'term' || !terms.some((t) => m.start >= t.start && m.end <= t.end));
	kept.sort((a, b) => a.start - b.start || b.end - a.end);

	const analysis: Analysis = { text, published, headline, paragraphs, sentences, mentions: kept, people, roles, quotes, acronyms, quoted };
	return analysis;
}

/** The person a sentence-initial He/She refers to, if the paragraph makes it clear. */
export function pronounPerson(a: Analysis, s: Sentence): string | undefined {
	const speakers = new Map(a.quotes.map((q) => [q.sentence, q.speaker] as const));
	return leadingPronounPerson(a.sentences, s, a.mentions.filter((m) => m.kind === 'person'), speakers);
}

export { subjectPerson };
