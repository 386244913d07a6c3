/**
 * Just enough coreference for prompts and speakers: who a sentence is about
 * (its subject, or the speaker it quotes), and who a leading "He" or "She"
 * most likely is (the subject of an earlier sentence of the paragraph).
 */
import type { Mention, Sentence } from '../types';
import { isFinite } from '../tokens';

/** Text between a subject and its verb that keeps them together: nothing, an adverb, or an aside in commas. */
export function bridgesSubject(between: string): boolean {
	const t = between.trim();
	if (t === '' || /^(also|later|then|again|further|still|once|recently|repeatedly|both|soon|already|first)$/i.test(t)) return true;
	// "Robert White-Stevens of American Cyanamid declared": where the subject works comes between it and its verb.
	if (/^(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|the\s+|and\s+)*\p{Lu}[\p{L}'’-]*){0,5}$/u.test(t)) return true;
	return /^,[^]*,$/.test(t);
}

const bySentence = new WeakMap<Mention[], Map<number, Mention[]>>();

/** The mentions of a list that lie in one sentence, in the list's order; the list is grouped once, on first use. */
export function inSentence(people: Mention[], sentence: number): Mention[] {
	let groups = bySentence.get(people);
	if (!groups) {
		groups = new Map();
		for (const m of people) {
			const group = groups.get(m.sentence);
			if (group) group.push(m);
			else groups.set(m.sentence, [m]);
		}
		bySentence.set(people, groups);
	}
	return groups.get(sentence) ?? [];
}

/** The person a sentence is about: the first person named right before a verb, else the one it introduces ("One of the appointees was William Marbury"). */
export function subjectPerson(s: Sentence, people: Mention[]): Mention | undefined {
	const named = inSentence(people, s.index);
	for (const m of named) {
		const after = s.tokens.filter((t) => t.start >= m.end);
		for (const t of after) {
			if (!isFinite(t)) continue;
			const between = s.text.slice(m.end - s.start, t.start - s.start);
			if (bridgesSubject(between)) return m;
			// "One of its leaders, a New York lawyer named Dorman Bridgman Eaton, kept the cause alive": the aside that names
			// the subject closes right before its verb.
			if (between.trim() === ',' && /,\s+(?:an?|the)\s[^,]*\b(?:named|called)\s+$/.test(s.text.slice(0, m.start - s.start))) return m;
			// "Napoleon Bonaparte, crowned Emperor of the French in December 1804, had massed …", "Claudio Ranieri, a 63-year-old
			// Italian who had managed Chelsea, Valencia and Juventus, arrived …": a verb inside an aside is not the subject's.
			if (/^,(?:[^]*[^,])?$/.test(between.trim())) continue;
			break;
		}
	}
	// Only the first person named, right after the sentence's first "was" or "is".
	const first = named[0];
	const copula = s.tokens.find((t) => /^(?:was|is)$/.test(t.text));
	return first && copula && copula.end <= first.start && s.text.slice(copula.end - s.start, first.start - s.start).trim() === '' ? first : undefined;
}

/** Do the sentences from `from` up to the first of `s`'s paragraph name no one, so that a pronoun reaches back past them? */
function unnamedUpTo(sentences: Sentence[], from: number, s: Sentence, people: Mention[]): boolean {
	for (let i = from; i < s.index && sentences[i].paragraph !== s.paragraph; i++) if (inSentence(people, i).length) return false;
	return sentences[from - 1]?.paragraph === sentences[s.index - 1]?.paragraph;
}

/** The person most recently talked about before a sentence: the speaker or subject of an earlier sentence of its paragraph. */
export function personBefore(sentences: Sentence[], s: Sentence, people: Mention[], speakers: Map<number, string>): string | undefined {
	for (let i = s.index - 1; i >= 0; i--) {
		const prev = sentences[i];
		// Crossing into the previous paragraph is fine only from its last sentence, or past later ones that name no one
		// ("Ranieri was sacked … The club's owners said … ¶ Under his successor, …").
		if (prev.paragraph !== s.paragraph && i !== s.index - 1 && !unnamedUpTo(sentences, i + 1, s, people)) break;
		const speaker = speakers.get(prev.index);
		if (speaker) return speaker;
		const subject = subjectPerson(prev, people);
		if (subject) return subject.key;
	}
	return undefined;
}

/** Who a sentence-initial "He"/"She" refers to, when the paragraph makes it clear. */
export function leadingPronounPerson(sentences: Sentence[], s: Sentence, people: Mention[], speakers: Map<number, string>): string | undefined {
	return /^(He|She|His|Her)\b/.test(s.text) ? personBefore(sentences, s, people, speakers) : undefined;
}

/** The noun phrase a sentence opens with, when short and definite ("The whole mission"), for a following "It". */
export function leadingNounPhrase(s: Sentence): string | undefined {
	const verb = s.tokens.findIndex(isFinite);
	if (verb < 1 || verb > 4) return undefined;
	// "The expedition never found …": the phrase ends at its last noun, before any adverb.
	let last = verb - 1;
	while (last >= 0 && !s.tokens[last].tags.has('Noun')) last--;
	if (last < 0) return undefined;
	const phrase = s.text.slice(0, s.tokens[last].end - s.start).trim();
	if (!/^(The|A|An)\s/.test(phrase) || /[,;:()“”"]/.test(phrase)) return undefined;
	if (s.tokens.slice(0, verb).some((t) => t.tags.has('Pronoun'))) return undefined;
	return phrase;
}
