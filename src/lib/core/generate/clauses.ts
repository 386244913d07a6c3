/**
 * Clauses and prompt text. A sentence gives propositions to ask about: its
 * main clause (with a leading connective dropped, a dash aside dropped, a
 * leading He/She/It replaced by what it stands for, in `pronouns.ts`), and each factual
 * subordinate clause as a sentence of its own ("… since the Hanoi Summit of
 * 2019 failed" gives "The Hanoi Summit of 2019 failed."). Blanks never go
 * inside a subordinate clause of the prompt they appear in.
 */
import type { Analysis, Edit, Sentence, Span, Token } from './types';
import { CONNECTIVES } from './extract/lexicon';
import { contextEdits } from './context';
import { countedThem, pronounEdit } from './pronouns';
import { namedInAsideEdit } from './things-before';
import { capital, isFinite, pastTense } from './tokens';
import { lookup } from './lookup';
import { withinAny } from './spans';

/** A stretch of a sentence that reads as a statement of its own, with the edits that make it read so. */
/** A sentence's main clause, a subordinate clause that states a fact of its own, or one that only states when the main one holds. */
export type Proposition = Span & { sentence: Sentence; kind: 'main' | 'sub' | 'condition'; edits: Edit[]; blocked: Span[] };

// prettier-ignore
const SUBORDINATORS = new Set(['before', 'after', 'while', 'although', 'though', 'because', 'since', 'if', 'unless', 'until', 'whereas', 'once', 'when', 'whenever']);
/** Subordinate clauses that state a fact on their own ("before" and "if" clauses do not). */
const FACTUAL = new Set(['after', 'while', 'although', 'though', 'because', 'since', 'until', 'whereas', 'once', 'when']);
const BOUNDARY = /[,;:()–—]/;
/** Subordinators that are never prepositions, so a name after them is a clause's subject ("after him, …" is a phrase). */
const ASIDE_AFTER_NAME = new Set(['while', 'although', 'though', 'whereas', 'when', 'because', 'if', 'unless']);
// Not before "of": "As a result of the publicity, …" opens a phrase that names its own cause, and the sentence stands whole.
const CONNECTIVE = new RegExp(`^(?:${CONNECTIVES.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\b,?\\s+(?!of\\b)`, 'i');

/** "after a 3-1 win over Everton": a word the tagger reads as a verb is a noun after "a" or "the" and what describes it. */
function nounAfterDeterminer(tokens: Token[], at: number): boolean {
	let k = at - 1;
	while (k >= 0 && (tokens[k].tags.has('Value') || tokens[k].tags.has('Adjective'))) k--;
	return k >= 0 && tokens[k].tags.has('Determiner') && !tokens[k].tags.has('Pronoun');
}

/** Subordinate clauses of a text: from the subordinator to the next comma or dash, when they hold a finite verb. */
export function subordinateClauses(text: string, tokens: Token[], base = 0): (Span & { word: string; content: number })[] {
	const found: (Span & { word: string; content: number })[] = [];
	tokens.forEach((t, i) => {
		const word = t.text.toLowerCase();
		if (!SUBORDINATORS.has(word) || !tokens[i + 1]) return;
		if (i === 0 && word === 'when' && text.trimEnd().endsWith('?')) return;
		// "the documentary When We Were Kings": a capital inside a sentence starts a title, not a clause.
		if (i > 0 && /^\p{Lu}/u.test(t.text) && !/[“"‘(:—–-]\s*$/.test(text.slice(0, t.start - base))) return;
		// "shortly after midnight on 5 May": a time after "after", "before" or "until" makes a phrase, not a clause.
		if (/^(?:midnight|midday|noon|dawn|dusk|sunrise|sunset|\d)/i.test(tokens[i + 1].text) || tokens[i + 1].tags.has('Date')) return;
		// "has since been recognised", "a bird once reduced to 35": with a verb straight after it, the word is an adverb, not a clause's start.
		if (tokens[i + 1].tags.has('Verb') && !tokens[i + 1].tags.has('Noun')) return;
		// A clause runs on past a comma inside a quotation: "a government of laws, and not of men" is said whole.
		const boundaryAfter = (from: number): number => {
			const rest = text.slice(from - base);
			const rel = rest.search(BOUNDARY);
			if (rel < 0) return base + text.length;
			const before = rest.slice(0, rel);
			const count = (mark: string) => before.split(mark).length - 1;
			const open = count('“') > count('”') || count('"') % 2 === 1;
			const close = open ? rest.slice(rel).search(/[”"]/) : -1;
			return close < 0 ? from + rel : boundaryAfter(from + rel + close + 1);
		};
		const finiteIn = (end: number) => {
			const inside = tokens.slice(i + 1).filter((x) => x.end <= end);
			return inside.some((x, k) => k > 0 && isFinite(x) && !nounAfterDeterminer(inside, k));
		};
		let end = boundaryAfter(t.end);
		// "Only after the Fram left Madeira in September 1910 did he reveal …": the inverted main clause ends the subordinate one.
		const inverted = /\s(?:did|had|could|would|was|were|does|do|is|are)\s+(?:he|she|they|it|we|I)\b/.exec(text.slice(t.end - base, end - base));
		if (inverted) end = t.end + inverted.index;
		// "while Francis Rotch, the young owner of the Dartmouth, rode to Milton": a name, its aside in commas, then the verb.
		const subject = tokens.slice(i + 1).filter((x) => x.end <= end);
		if (!finiteIn(end) && ASIDE_AFTER_NAME.has(word) && text[end - base] === ',' && subject.length <= 4 && subject.every((x) => /^\p{Lu}/u.test(x.text))) {
			const close = text.indexOf(',', end - base + 1);
			if (close > 0) end = boundaryAfter(base + close + 1);
		}
		if (!finiteIn(end)) return;
		found.push({ start: t.start, end, word, content: tokens[i + 1].start });
	});
	return found;
}

/** Time references that lean on the sentence before ("A year later, ", "The same day ", "That autumn "); "Within days of the fire" says of what. */
const RELATIVE_TIME =
	/^(?:(?:just|only|barely|nearly|almost|about|some|less\s+than|more\s+than|fewer\s+than|under|over)\s+)?(?:(?:(?:a|an|a few|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)\s+)?(?:years?|months?|weeks?|days?|hours?|decades?|centuries)\s+(?:later|earlier)|within\s+(?:(?:a\s+few|several|\d+|two|three)\s+)?(?:hours?|days?|weeks?|months?)(?!\s+of\b)|(?:the|that)\s+(?:same|next|following)\s+(?:day|week|month|year)|that\s+(?:spring|summer|autumn|fall|winter|morning|afternoon|evening|night|week|month))\b,?\s+/i;

/** "With that sentence the Court claimed …", "With those words, …": the act just told, by which the clause's subject did what it says. */
const BY_THAT_ACT =
	/^With\s+(?:that|this|those|these)\s+(?:sentences?|ruling|judgment|decision|words|move|act|step|stroke|victory|win|vote|speech|letter|signature)\b,?\s+/i;

/** Whether the first finite verb between `from` and `to` is in the present tense ("is", "freezes"): a general condition. */
function presentCondition(s: Sentence, from: number, to: number): boolean {
	const verb = s.tokens.find((t) => t.start >= from && t.end <= to && isFinite(t));
	return !!verb && (verb.tags.has('PresentTense') || /^(?:is|are|has|have|does|do)$/i.test(verb.text)) && !verb.tags.has('PastTense');
}

/** The leading connective of a sentence ("However, ", "Instead ", "A year later, "), as an edit that drops it. */
function connectiveEdit(s: Sentence): Edit | undefined {
	const m = CONNECTIVE.exec(s.text) ?? RELATIVE_TIME.exec(s.text) ?? BY_THAT_ACT.exec(s.text);
	return m ? { start: s.start, end: s.start + m[0].length, text: '' } : undefined;
}

/**
 * "The NBA itself has only adjusted the details": the emphasis leans on a contrast with the sentence before; the question drops it.
 */
function emphaticEdit(s: Sentence, from: number): Edit | undefined {
	const opening = s.tokens.filter((t) => t.start >= from).slice(0, 5);
	const i = opening.findIndex((t) => /^(?:itself|himself|herself|themselves)$/i.test(t.text));
	const [before, self, after] = [opening[i - 1], opening[i], opening[i + 1]];
	if (i < 1 || !before.tags.has('Noun') || before.tags.has('Pronoun') || !after || !(isFinite(after) || after.tags.has('Adverb'))) return undefined;
	return { start: before.end, end: self.end, text: '' };
}

/** "Le Verrier, for his part, succeeded …", "Her work, however, was …": a connective set in commas after the subject leans on the sentence before. */
const SUBJECT_CONNECTIVE =
	/^,\s+(?:for\s+(?:his|her|its|their)\s+part|in\s+turn|however|meanwhile|moreover|by\s+contrast|in\s+contrast|though|too|instead),\s+/i;

/** The edit that drops a connective in commas between a clause's subject (five words at most) and its verb. */
function subjectConnectiveEdit(a: Analysis, s: Sentence, from: number): Edit | undefined {
	const opening = s.tokens.filter((t) => t.start >= from).slice(1, 6);
	for (const t of opening) {
		const m = SUBJECT_CONNECTIVE.exec(a.text.slice(t.end, s.end));
		if (!m) continue;
		if (/[,;:]/.test(a.text.slice(from, t.end))) return undefined;
		const next = s.tokens.find((x) => x.start >= t.end + m[0].length);
		return next && (isFinite(next) || next.tags.has('Adverb')) ? { start: t.end, end: t.end + m[0].length, text: ' ' } : undefined;
	}
	return undefined;
}

/**
 * "Harlow Shapley then used …", "Tom Dudley later emigrated …", "Abe Fortas also pointed out …": an adverb between a short
 * subject and its verb that places the clause after the sentence before, or beside it.
 */
const SEQUENCE_ADVERB = /^(?:then|later|subsequently|afterwards|next|also|therefore|thus|consequently|accordingly)$/i;

/** The edit that drops such an adverb, when no comma comes between the clause's start and it, and a verb follows it. */
function sequenceAdverbEdit(a: Analysis, s: Sentence, from: number): Edit | undefined {
	// "Regular cavalry of the 15th Hussars then charged": a subject of up to eight words.
	const opening = s.tokens.filter((t) => t.start >= from).slice(0, 10);
	const at = opening.findIndex((t, k) => k > 0 && SEQUENCE_ADVERB.test(t.text));
	const verb = opening[at + 1];
	if (at < 1 || !verb || !isFinite(verb) || /[,;:()]/.test(a.text.slice(from, opening[at].start))) return undefined;
	if (opening.slice(0, at).some(isFinite)) return undefined;
	return { start: opening[at - 1].end, end: verb.start, text: ' ' };
}

/** "James Wroe was prosecuted too, and …": a "too" after what it adds to sets the clause beside the sentence before. */
function tooEdit(a: Analysis, s: Sentence, from: number): Edit | undefined {
	const k = s.tokens.findIndex((t) => t.start >= from && /^too$/i.test(t.text) && /^\s*[,.;:]/.test(a.text.slice(t.end, t.end + 2)));
	// "The ban, too, was lifted" is a connective in commas, dropped as one.
	if (k < 1 || !/^\s+$/.test(a.text.slice(s.tokens[k - 1].end, s.tokens[k].start)) || withinAny(a.quoted, s.tokens[k].start, s.tokens[k].end)) return undefined;
	return { start: s.tokens[k - 1].end, end: s.tokens[k].end, text: '' };
}

/**
 * "Bentley went on to capture more than 5,000 images": "went on to" places the deed after the sentence before; the deed is
 * told in the past tense alone ("captured"), when a short subject opens the clause.
 */
function wentOnEdit(a: Analysis, s: Sentence, from: number): Edit | undefined {
	// The subject of a few words may follow an opening phrase ("Working with a fellow student, Robert Galambos, Donald Griffin …").
	const m = /^(?:[^;:()]*,\s+)?(?:[^\s,;:()]+\s+){1,5}?(went\s+on\s+to\s+(\p{Ll}+))\b/u.exec(a.text.slice(from, s.end));
	if (!m) return undefined;
	const end = from + m[0].length;
	const past = pastTense(m[2]);
	return past !== m[2] && /^\p{Ll}+$/u.test(past) ? { start: end - m[1].length, end, text: past } : undefined;
}

/** "slip past those defences": a "those" inside a clause points back no more than "the" would, and reads alone as "the". */
function thoseEdits(s: Sentence, from: number): Edit[] {
	return s.tokens
		.filter(
			(t, i) =>
				i > 0 &&
				t.start > from &&
				/^those$/.test(t.text) &&
				s.tokens[i + 1]?.tags.has('Noun') &&
				!/^(?:who|whose|which|that|where)$/i.test(s.tokens[i + 1].text)
		)
		.map((t) => ({ start: t.start, end: t.end, text: 'the' }));
}

/** Dash asides (" – despite … – "), dropped unless the blank falls inside them. */
function asideEdits(s: Sentence): Edit[] {
	const edits: Edit[] = [];
	for (const m of s.text.matchAll(/\s[–—]\s[^–—]+?\s[–—]\s/g)) {
		const start = s.start + (m.index ?? 0);
		const end = start + m[0].length;
		// "the talks – aside – went ahead" closes up; "on January 20 – aside – most countries …" needs its comma.
		const next = s.tokens.find((t) => t.start >= end);
		edits.push({ start, end, text: next && isFinite(next) ? ' ' : ', ', optional: true });
	}
	return edits;
}

/** "Because his aircraft had to be replaced, Latham lost several days": a pronoun in an opening clause looks ahead to the person the main clause opens on. */
function cataphoric(a: Analysis, s: Sentence, clauses: Span[], from: number, pronoun: Edit | undefined): boolean {
	const lead = clauses.find((c) => c.start === from);
	if (!pronoun || !lead || pronoun.start > lead.end) return false;
	const subject = lead.end + (/^,\s*/.exec(a.text.slice(lead.end, s.end))?.[0].length ?? 0);
	return lookup(a)
		.mentionsAt(subject)
		.some((m) => m.kind === 'person');
}

/**
 * "… became the first title in Heinemann's African Writers Series when the list was launched in 1962": a clause after its main
 * clause whose subject is "the" and common nouns alone names its thing with a word that stands for a name the main clause gave.
 */
function unnamedSubject(s: Sentence, from: number): boolean {
	const tokens = s.tokens.filter((t) => t.start >= from);
	const verb = tokens.findIndex(isFinite);
	if (verb < 2 || verb > 4 || !/^the$/i.test(tokens[0].text)) return false;
	return tokens.slice(1, verb).every((t) => /^\p{Ll}/u.test(t.text) && !t.tags.has('Value'));
}

/**
 * "When the Civil War began in 1861, Tubman went to South Carolina": an opening clause that only says something began or
 * ended at a date is when the main clause happened, not a fact of its own to ask.
 */
function datesOnly(clause: string): boolean {
	return /^[^,]{3,60}?\s(?:began|broke\s+out|ended|started|erupted|came|arrived)\s+(?:in|on)\s+[^,]{3,30}$/.test(clause.trim());
}

/**
 * "since the 1950s would cover …": a time after "since", "after", "before" or "until" is that word's object, and the verb after it
 * the main clause's, so there is no clause; "when Elizabeth was 11" tells an age, no fact to ask alone.
 */
function noClauseOfItsOwn(word: string, clause: string): boolean {
	const time = /^(?:the\s+)?(?:\d{4}s?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)\s/;
	if (/^(?:since|after|before|until)$/.test(word) && time.test(clause.trim())) return true;
	return /^(?:\S+\s+){1,3}(?:was|were)\s+(?:aged\s+|about\s+|only\s+|just\s+)?\d+$/.test(clause.trim().replace(/[.,;]$/, ''));
}

/** The propositions of a sentence: its main clause, then its factual subordinate clauses. */
export function propositions(a: Analysis, s: Sentence): Proposition[] {
	const clauses = subordinateClauses(s.text, s.tokens, s.start);
	const connective = connectiveEdit(s);
	const from = connective ? connective.end : s.start;
	// "Before it sailed, Zheng He …": an opening clause about an unnamed "it" is dropped, the main clause stands.
	const opening = clauses.find((c) => c.start === from && /^(it|they|he|she)\b/i.test(a.text.slice(c.content, c.end)));
	const comma = opening ? (/^,\s*/.exec(a.text.slice(opening.end))?.[0].length ?? 0) : 0;
	const dropOpening: Edit | undefined = opening && comma ? { start: opening.start, end: opening.end + comma, text: '' } : undefined;
	// "Because she was so often alone …, she began to paint herself": with the opening gone, the pronoun to resolve is the main clause's.
	const pronoun = namedInAsideEdit(a, s, from) ?? pronounEdit(a, s, dropOpening ? dropOpening.end : from);
	const fixed = [
		connective,
		cataphoric(a, s, clauses, from, pronoun) ? undefined : pronoun,
		countedThem(a, s, from),
		emphaticEdit(s, from),
		subjectConnectiveEdit(a, s, from),
		sequenceAdverbEdit(a, s, from),
		tooEdit(a, s, from),
		wentOnEdit(a, s, from),
		...thoseEdits(s, from),
		dropOpening,
		...asideEdits(s)
	].filter((e): e is Edit => !!e);
	const edits = [...fixed, ...contextEdits(a, s, from, s.end, fixed)];
	const out: Proposition[] = [{ start: s.start, end: s.end, sentence: s, kind: 'main', edits, blocked: clauses }];
	for (const c of clauses) {
		if (!FACTUAL.has(c.word) || /^(it|they|he|she|this|that|these|those|its|their|his|her)\b/i.test(a.text.slice(c.content, c.end))) continue;
		if (c.start === from && datesOnly(a.text.slice(c.content, c.end))) continue;
		if (noClauseOfItsOwn(c.word, a.text.slice(c.content, c.end))) continue;
		let end = c.end;
		const tail = a.text.slice(c.end, s.end);
		// "…, forcing the company to retreat" goes with the clause; "…, fixing your own gadget was a niche hobby" is the main clause.
		if (/^,\s+\p{Ll}+ing\b/u.test(tail) && !/^,\s+\p{Ll}+ing\b[^,;]*?\s(?:was|were|is|are|has|had|became|remains|remained)\b/u.test(tail)) end = s.end;
		// "when Italian forces under General Oreste Baratieri, the governor of Eritrea, pushed …": a clause cut at an aside before its verb
		// (the tagger read "forces" as one) is a fragment, not a statement.
		const aside = /^,\s+(?:the|a|an)\s[^,]+,\s+\p{Ll}+ed\b/u.exec(a.text.slice(end, s.end));
		const asideEnd = aside ? end + aside[0].lastIndexOf(',') : end;
		if (aside && !s.tokens.some((t) => t.start > end && t.end <= asideEnd && isFinite(t))) continue;
		const inner = clauses.filter((x) => x !== c && x.start >= c.content && x.end <= end);
		const asides = asideEdits(s).filter((e) => e.start >= c.content && e.end <= end);
		const context = contextEdits(a, s, c.content, end, asides);
		if (c.start > from && unnamedSubject(s, c.content) && !context.some((e) => e.start === c.content)) continue;
		// "Once the ice is more than 50 metres thick, …", "When water freezes, …": opening the sentence in the present tense, the clause
		// states when the main one holds, not a fact of its own; only "What happens when …?" asks it.
		const kind = c.start === from && (c.word === 'once' || c.word === 'when') && presentCondition(s, c.content, c.end) ? 'condition' : 'sub';
		out.push({ start: c.content, end, sentence: s, kind, edits: [...asides, ...context], blocked: inner });
	}
	return out;
}

/** The article's text of `[from, to)` with the edits inside it applied (those clashing with `skip` left out). */
export function textWith(a: Analysis, edits: Edit[], from: number, to: number, skip?: Span): string {
	const clash = (e: Edit) => !!skip && e.start < skip.end && skip.start < e.end;
	let out = '';
	let at = from;
	for (const e of [...edits].sort((x, y) => x.start - y.start)) {
		if (e.start < at || e.end > to || clash(e)) continue;
		out += a.text.slice(at, e.start) + e.text;
		at = e.end;
	}
	return out + a.text.slice(at, to);
}

/** The text of a proposition with its edits and `extra` (a blank, a "Who") applied, tidied into a sentence. */
export function render(a: Analysis, p: Proposition, extra: Edit[] = [], ending = '.'): string {
	const clash = (e: Edit) => extra.some((x) => x.start < e.end && e.start < x.end);
	const edits = [...p.edits.filter((e) => !(e.optional && clash(e))), ...extra]
		.filter((e) => e.start >= p.start && e.end <= p.end)
		.sort((x, y) => x.start - y.start);
	let out = '';
	let at = p.start;
	for (const e of edits) {
		if (e.start < at) continue;
		out += a.text.slice(at, e.start) + e.text;
		at = e.end;
	}
	out += a.text.slice(at, p.end);
	out = out
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:?!])/g, '$1')
		.replace(/,\s*,/g, ',')
		.trim();
	out = out.replace(/[\s,;:–—]+$/, '');
	// A question drops the full stop, but not the one that ends an abbreviation ("the U.S.").
	if (ending === '?' && !/(?:\b\p{L}\.){2,}$/u.test(out)) out = out.replace(/[.!]+(["”’]?)$/, '$1');
	if (!/[.!?]["”’)]?$/.test(out) || ending === '?') out += ending;
	return capital(out);
}
