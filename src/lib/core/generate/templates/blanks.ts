/**
 * Questions about one entity of a sentence: a cloze on it, a multiple choice
 * (as a question when the clause allows "who/when/how many", else as a
 * cloze), a typed answer, and a true/false. They share one fact key.
 */
import type { Proposition } from '../clauses';
import { render } from '../clauses';
import { CHOICE_KINDS, arrangeChoices, distractorsFor } from '../distractors';
import { answerFor, choiceWithYear, usualName } from '../context';
import { lookup } from '../lookup';
import { pronounPerson } from '../extract/index';
import { literal, printsNumberOf } from '../pattern';
import { parseAmount } from '../extract/numbers';
import { withinAny } from '../spans';
import { isFinite } from '../tokens';
import type { Analysis, Mention, Sentence, Span } from '../types';
import type { Draft, TemplateContext } from './draft';
import { clauseWeight, personAccept, statementKey } from './draft';
import { mentionWeight } from './blank-weight';
import { howManyQuestion, whatHappened, whenQuestion, whoQuestion } from './forms';
import { clauseEnd } from './clause-end';
import { yearFrame } from '../dates-written';
import { trueFalse } from './truefalse';

const BLANK = '____';
const inside = (m: { start: number; end: number }, spans: { start: number; end: number }[]) => spans.some((s) => m.start >= s.start && m.end <= s.end);
/** How much less each further entity of one sentence is worth: a sentence is mostly about one thing. */
const SENTENCE_DECAY = [1, 0.85, 0.75, 0.65];

/** Mentions of a proposition that can be blanked: not quoted words, not inside a subordinate clause, not an edited span. */
function blankable(a: Analysis, p: Proposition): Mention[] {
	const fixed = p.edits.filter((e) => !e.optional);
	return lookup(a)
		.mentionsIn(p.sentence.index)
		.filter(
			(m) =>
				m.start >= p.start &&
				m.end <= p.end &&
				!inside(m, p.blocked) &&
				(m.kind === 'term' || !withinAny(a.quoted, m.start, m.end)) &&
				!fixed.some((e) => m.start < e.end && e.start < m.end)
		);
}

/** Which propositions offer each mention, the first one (the main clause) preferred. */
function candidates(a: Analysis, props: Proposition[]): Map<string, { m: Mention; p: Proposition }> {
	const out = new Map<string, { m: Mention; p: Proposition }>();
	for (const p of props) {
		// A condition ("Once the ice is more than ____ thick") asked alone drops what it is the condition of.
		if (p.kind === 'condition') continue;
		for (const m of blankable(a, p)) {
			const id = `${m.start}:${m.end}`;
			if (!out.has(id)) out.set(id, { m, p });
		}
	}
	return out;
}

/** The question form a clause allows for a mention, if any. */
function questionForm(a: Analysis, p: Proposition, m: Mention): string | undefined {
	return whoQuestion(a, p, m) ?? whenQuestion(a, p, m) ?? howManyQuestion(a, p, m);
}

/** The whole a number is part of, when its sentence gives one in the same unit ("50.45 kilometres …, and 37.9 kilometres of it"): a choice above it is no fair choice. */
function partOf(a: Analysis, s: Sentence, m: Mention): number | undefined {
	if (m.kind !== 'number') return undefined;
	const value = parseAmount(m.text)?.value;
	if (value === undefined) return undefined;
	const wholes = lookup(a)
		.mentionsIn(s.index)
		.filter((x) => x !== m && x.kind === 'number' && x.form === m.form)
		.map((x) => parseAmount(x.text)?.value ?? 0)
		.filter((x) => x > value);
	return wholes.length ? Math.min(...wholes) : undefined;
}

/** Prompts longer than this many words are cut to the clause that holds the blank. */
const MOST_CLOZE_WORDS = 26;

/** A long sentence's first clause, when the blank `m` is in it: a second clause joined by "and" or "while" is another fact, and makes the prompt a passage. */
export function clauseOf(a: Analysis, p: Proposition, m: Span): Proposition {
	if (a.text.slice(p.start, p.end).split(/\s+/).length <= MOST_CLOZE_WORDS) return p;
	const end = clauseEnd(a, p, m.end);
	const kept = a.text.slice(p.start, end).split(/\s+/).length;
	const verbs = p.sentence.tokens.filter((t) => t.start >= p.start && t.end <= m.start && isFinite(t));
	const verbBefore = verbs.length > 0;
	// "Leon Moisseiff, a celebrated New York engineer who had consulted on the Golden Gate and …, argued", "Arno Penzias, who had
	// fled Nazi Germany as a child, and …": a cut inside the aside of a subject leaves the subject without its verb; "A century
	// later, in ____, a federal court …": a blank after a preposition is a phrase's, and the comma ends that phrase.
	const subject = !verbBefore && !/\b(?:in|on|at|by|from|during|until|since|of|for|after|before)\s+$/i.test(a.text.slice(p.start, m.start));
	const appositive = subject && /^,\s+(?:a|an|the|who|which)\s/.test(a.text.slice(m.end, m.end + 8));
	// "During the Carrington Event of ____, named after …": a participle's aside, cut, leaves no verb at all.
	const closes = (a.text.slice(p.start, m.start).match(/,/g) ?? []).length % 2 === 1;
	const participle = !verbBefore && !closes && /^,\s+\p{Ll}+ed\s/u.test(a.text.slice(m.end, m.end + 40));
	const openAside = (appositive || participle) && (a.text.slice(m.end, end).match(/,/g) ?? []).length === 1;
	// "… adopt the euro in ____, Croatia became …": a clause may end on its blank, when a verb before it makes it whole, but not
	// inside a list of verb phrases ("crossed into Persia, returned to ____, and then sailed …"), which it would leave without its "and".
	const listing = verbs.slice(1).some((t) => /,\s*$/.test(a.text.slice(p.start, t.start)));
	// "it was the ____, which …, that ordered it": a cleft's focus is nothing without the "that" clause after it.
	const cleft = /\bit\s+(?:was|is)\s+(?:the\s+)?$/i.test(a.text.slice(p.start, m.start));
	const onBlank = end === m.end && verbBefore && !listing && !cleft;
	return end < p.end && (end > m.end || onBlank) && kept >= 8 && !openAside ? { ...p, end } : p;
}

/** An event asked by a year its actor has another event in ("What did she do in 1895?" of two things she did that year) is ranked this much lower. */
const SHARED_YEAR = 0.55;

/** A sentence that opens on a time within the year the sentence before gave: "That March", "Later that year", "The same year". */
const THAT_YEAR =
	/^(?:(?:Later|Earlier)\s+that|That|The\s+same|In\s+the\s+same)\s+(?:year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** The people and bodies a sentence names, and the person its "he" or "she" stands for. */
function actorsOf(a: Analysis, sentence: number): Set<string> {
	const keys = lookup(a)
		.mentionsIn(sentence)
		.filter((x) => x.kind === 'person' || x.kind === 'org' || x.kind === 'place' || x.kind === 'name')
		.map((x) => x.key);
	const s = a.sentences[sentence];
	const pronoun = /\b(?:he|she)\b/i.exec(s.text)?.[0];
	const meant = pronoun && pronounPerson(a, s, /^(?:He|She)\b/.test(s.text), pronoun);
	if (meant) keys.push(meant);
	return new Set(keys);
}

/** Whether a year alone, as `m` gives it, is also the year of another sentence about the same actor: then it does not say which event is meant. */
function yearOfOthers(a: Analysis, m: Mention): boolean {
	if (m.kind !== 'date' || m.form !== 'y') return false;
	const year = new RegExp(`\\b${literal(m.text)}\\b`);
	const actors = actorsOf(a, m.sentence);
	const same = (sentence: number) => [...actorsOf(a, sentence)].some((k) => actors.has(k));
	// "In 1913 she founded the club. That March, at a parade, she refused …": the next sentence's time is counted from this year.
	const next = a.sentences[m.sentence + 1];
	if (next && next.paragraph === a.sentences[m.sentence].paragraph && THAT_YEAR.test(next.text) && same(next.index)) return true;
	return a.mentions.some((x) => x.kind === 'date' && x.sentence !== m.sentence && year.test(x.text) && same(x.sentence));
}

/** Drafts for one mention of one sentence. */
function draftsFor(ctx: TemplateContext, s: Sentence, m: Mention, p: Proposition, weight: number): Draft[] {
	const { a } = ctx;
	const fact = statementKey(s);
	const base = ctx.scores[s.index].fact * weight * clauseWeight(p);
	const answer = answerFor(a, m);
	// A short name left as written may be someone else's ("a family named Ma" is not Ma Huan): only a name written in full accepts the others.
	const accept =
		m.kind === 'person' ? (answer !== m.text || m.form === 'full' ? personAccept(a, m.key, answer) : undefined) : answer !== m.text ? [m.text] : undefined;
	// "____ (13.4 metres)": the same amount in other units gives the answer away, so it leaves the prompt.
	const converted = m.kind === 'number' ? /^\s*\([^()]*\d[^()]*\)/.exec(a.text.slice(m.end, m.end + 40))?.[0].length : undefined;
	const blank = [{ start: m.start, end: m.end, text: BLANK }, ...(converted ? [{ start: m.end, end: m.end + converted, text: '' }] : [])];
	const clause = clauseOf(a, p, m);
	// A main clause, read from the sentence's start, may open on the year the sentence before it gave ("In 1819, ____ arrived …").
	const whole = p.kind === 'main';
	const cloze = whole ? yearFrame(a, s, render(a, clause, blank)) : render(a, clause, blank);
	const common = { sentence: s.index, fact, answer };
	// Choices are written as the answer is: people by full name, dates with their year.
	const named = (t: string) => lookup(a).peopleNamed(t)[0];
	const written = (t: string) => (m.kind === 'person' ? (named(t) ? usualName(a, named(t)) : t) : m.kind === 'date' ? choiceWithYear(a, t, m) : t);
	const drafts: Draft[] = [{ ...common, type: 'cloze', template: 'cloze', prompt: cloze, accept, score: base }];
	const form = questionForm(a, p, m);
	const asked = form && whole ? yearFrame(a, s, form) : form;
	const own = lookup(a).ownTexts(s.index);
	// "more than ____ buses": a bound, not a value, so a smaller wrong choice is also true.
	const bound =
		m.kind === 'number'
			? /\b(more than|over|at least|fewer than|less than|under|up to|nearly|almost)\s+$/i.exec(a.text.slice(Math.max(0, m.start - 14), m.start))?.[1]
			: undefined;
	if (CHOICE_KINDS.has(m.kind) && !bound) {
		const ceiling = partOf(a, s, m);
		const tooBig = (t: string) => ceiling !== undefined && (parseAmount(t)?.value ?? 0) >= ceiling;
		// "resetting the clock to ____ rather than 24": a choice whose number the sentence prints is ruled out by it.
		const printed = (t: string) => m.kind === 'number' && printsNumberOf(s.text, t);
		const wrong = distractorsFor(a, m, 3, (t) => own.has(t.toLowerCase()) || s.text.includes(t) || cloze.includes(written(t)) || tooBig(t) || printed(t));
		if (wrong.length === 3) {
			const prompt = asked ?? cloze;
			const template = asked ? (m.kind === 'person' ? 'who' : m.kind === 'date' ? 'when' : 'how-many') : 'mcq-cloze';
			drafts.push({ ...common, type: 'mcq', template, prompt, choices: arrangeChoices(answer, wrong.map(written), prompt), score: base * 0.98 });
		}
	}
	if (asked && answer.split(/\s+/).length <= 5) {
		drafts.push({
			...common,
			type: 'short',
			template: m.kind === 'person' ? 'who' : m.kind === 'date' ? 'when' : 'how-many',
			prompt: asked,
			// "How many minutes did he finish ahead?" of "more than four minutes" is answered "more than four", the number alone accepted.
			...(bound ? { answer: `${bound.toLowerCase()} ${answer}`, accept: [answer, ...(accept ?? [])] } : { accept }),
			score: base * 0.9
		});
	}
	// A date marks an event: asking the event by its date tests what happened, not which day.
	const event = m.kind === 'date' ? whatHappened(a, p, m) : undefined;
	if (event)
		drafts.push({
			...common,
			type: 'flashcard',
			template: 'event',
			prompt: event.prompt,
			answer: event.answer,
			accept: undefined,
			score: ctx.scores[s.index].fact * clauseWeight(p) * (yearOfOthers(a, m) ? SHARED_YEAR : 1)
		});
	const tf = trueFalse(a, p, m, fact);
	if (tf) drafts.push({ ...tf, score: base * 0.75 });
	return drafts;
}

/** Blank, choice, typed and true/false drafts for every sentence. */
export function blankDrafts(ctx: TemplateContext): Draft[] {
	const drafts: Draft[] = [];
	const freq = new Map<string, number>();
	for (const m of ctx.a.mentions) freq.set(m.key, (freq.get(m.key) ?? 0) + 1);
	for (const s of ctx.a.sentences) {
		const found = [...candidates(ctx.a, ctx.props[s.index]).values()];
		// Several mentions may name one thing; ask about each thing once per sentence.
		const byKey = new Map<string, { m: Mention; p: Proposition }>();
		for (const c of found) if (!byKey.has(c.m.key)) byKey.set(c.m.key, c);
		const weighted = [...byKey.values()].map((c) => ({ ...c, w: mentionWeight(ctx.a, c.m, freq) }));
		weighted.sort((x, y) => y.w - x.w || x.m.start - y.m.start);
		// A mention weighed at nothing (part of "two hours and sixteen minutes") is never asked about.
		weighted
			.filter(({ w }) => w > 0)
			.forEach(({ m, p, w }, i) => drafts.push(...draftsFor(ctx, s, m, p, w * SENTENCE_DECAY[Math.min(i, SENTENCE_DECAY.length - 1)])));
	}
	return drafts;
}
