/**
 * Stage 6: quality gates. Each is a named check of one emitted question
 * against the article (and the questions ranked before it); a question
 * ships only if it passes them all, and the eval reports the share that do.
 */
import { CLOZE_BLANK } from '../bank/schema';
import type { Question } from '../bank/schema';
import { subordinateClauses } from './clauses';
import { tagText, tokenize } from './tokens';
import type { Analysis, Token } from './types';
import { classifyChoice } from './choice-kind';
import { lookup } from './lookup';

/** What a gate may look at besides the question: the analysed article and the questions ranked before it. */
export type GateContext = { analysis: Analysis; earlier: readonly Question[] };
/** A named quality check; true means the question passes. */
export type Gate = (q: Question, ctx: GateContext) => boolean;

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPatterns = new Map<string, RegExp>();
const ASCII = /^[\x00-\x7f]*$/;

/** Does `text` contain `part` as whole words (case-insensitive)? */
function containsWord(text: string, part: string): boolean {
	// An ASCII part matches only ASCII letters, the Kelvin sign (lower-cased to k) and the long s (ſ, folded to s):
	// a text whose lower case lacks it needs no pattern.
	if (ASCII.test(part) && !text.toLowerCase().replace(/ſ/g, 's').includes(part.toLowerCase())) return false;
	let re = wordPatterns.get(part);
	if (!re) {
		re = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(part)}($|[^\\p{L}\\p{N}])`, 'iu');
		wordPatterns.set(part, re);
	}
	return re.test(text);
}

/** The answer stands verbatim in the source sentence; a true/false statement is the source's own words, one swap aside when false. */
export const answerInSource: Gate = (q) => {
	if (!q.source) return false;
	if (q.type !== 'truefalse') return typeof q.answer === 'string' && q.source.text.includes(q.answer);
	const source = new Set(words(q.source.text));
	const prompt = words(q.prompt);
	const missing = prompt.map((w, i) => (source.has(w) ? -1 : i)).filter((i) => i >= 0);
	if (q.answer === true) return missing.length === 0;
	return missing.length > 0 && missing[missing.length - 1] - missing[0] === missing.length - 1;
};

/** The prompt does not contain the answer, nor any accepted form of it (a person's other names included). */
export const noGiveaway: Gate = (q, ctx) => {
	if (typeof q.answer !== 'string') return true;
	const prompt = q.prompt.replace(CLOZE_BLANK, ' ');
	const forms = [q.answer, ...(q.accept ?? [])];
	for (const p of lookup(ctx.analysis).peopleNamed(q.answer)) forms.push(p.name, ...p.aliases);
	return !forms.some((f) => f.trim().length > 1 && containsWord(prompt, f.trim()));
};

const LEADING = /^[“"‘'…\s]*(?:(?:before|after|when|while|once|since|as|although|though|because|if|until)\s+)?(he|she|it|they|his|her|its|their|them|this|that|these|those|such|both)\b/i;
const ANAPHORIC = /^(the|this|that|these|those)\s+(?:_{3,}\s+)?(two|three|four|both|call|move|deal|decision|offer|latter|former|same|proposal|statement|plan|leaders|men|pair)\b/i;
/** "By 2014 it had grown …": a pronoun subject right after a short opening phrase. */
const EARLY_IT = /^\W*(?:[\p{L}\d,_]+\s+){1,3}(it|they)\s+(?:had|has|have|was|were|is|are|would|will|could|did)\b/iu;
const THAT_TIME = /\b(?:in|at|by|during|since|until)\s+that\s+(?:time|period|year|day|moment|point|stage)\b/i;
const DEMONSTRATIVE = /\b(this|these|those)\s+(?!(?:week|year|month|time|day|morning|afternoon|evening|century|decade|spring|summer|autumn|fall|winter|weekend)\b)\p{L}/iu;

/** No pronoun or reference the prompt leaves without its referent ("It was…", "this rejection", "his" before any name). */
export const noDanglingReference: Gate = (q, ctx) => {
	const quoted = /^Who said: “([^]*)”\?$/.exec(q.prompt);
	const body = quoted ? quoted[1] : q.prompt;
	if (LEADING.test(body) || ANAPHORIC.test(body.trim()) || DEMONSTRATIVE.test(body) || THAT_TIME.test(body) || EARLY_IT.test(body)) return false;
	if (/^Who\b/.test(q.prompt)) return true;
	const personal = /\b(he|she|him|his|her)\b/.exec(body);
	if (!personal) return true;
	const before = body.slice(0, personal.index);
	// The referent must be a person named before the pronoun, or the blank when it stands for a person.
	const blankIsPerson = typeof q.answer === 'string' && classifyChoice(q.answer, ctx.analysis)?.startsWith('person') === true;
	const named = namesAnyone(ctx.analysis).test(before);
	return (CLOZE_BLANK.test(before) && blankIsPerson) || named;
};

const anyone = new WeakMap<Analysis, RegExp>();
/** One pattern for every name and short form of the article's people, as whole words: a match where containsWord finds any of them. */
function namesAnyone(a: Analysis): RegExp {
	let re = anyone.get(a);
	if (!re) {
		const names = [...a.people.values()].flatMap((p) => [p.name, ...p.aliases]);
		re = names.length ? new RegExp(`(^|[^\\p{L}\\p{N}])(?:${names.map(escape).join('|')})($|[^\\p{L}\\p{N}])`, 'iu') : /(?!)/;
		anyone.set(a, re);
	}
	return re;
}

/** A multiple choice has four unique choices, the answer among them, all of the answer's type and form. */
export const mcqChoicesWellFormed: Gate = (q, ctx) => {
	if (q.type !== 'mcq') return true;
	const choices = q.choices ?? [];
	if (choices.length !== 4 || typeof q.answer !== 'string' || !choices.includes(q.answer)) return false;
	if (new Set(choices.map((c) => c.trim().toLowerCase())).size !== choices.length) return false;
	const kind = classifyChoice(q.answer, ctx.analysis);
	return kind !== undefined && choices.every((c) => classifyChoice(c, ctx.analysis) === kind);
};

const wordsOfPrompt = new WeakMap<Question, Set<string>>();
/** The words of a question's prompt, worked out once per question (an answer asked often is compared often). */
function promptWords(q: Question): Set<string> {
	let set = wordsOfPrompt.get(q);
	if (!set) wordsOfPrompt.set(q, (set = new Set(words(q.prompt))));
	return set;
}

/** No earlier question of the same type asks nearly the same thing (same answer, nearly the same words). */
export const noNearDuplicate: Gate = (q, ctx) => {
	const mine = promptWords(q);
	return !ctx.earlier.some((e) => {
		if (e.type !== q.type) return false;
		if (e.prompt === q.prompt) return true;
		if (String(e.answer).toLowerCase() !== String(q.answer).toLowerCase()) return false;
		const theirs = promptWords(e);
		const shared = [...mine].filter((w) => theirs.has(w)).length;
		return shared / (mine.size + theirs.size - shared) >= 0.8;
	});
};

const SUBORDINATOR = /\b(before|after|while|although|though|because|since|if|unless|until|whereas|once|when|whenever)\b/i;

/** The blank is not inside a subordinate clause ("Before Biden ramps up his outreach in ____, …"). */
export const noBlankInSubordinateClause: Gate = (q, ctx) => {
	const blank = q.prompt.search(CLOZE_BLANK);
	if (blank < 0 || !SUBORDINATOR.test(q.prompt.slice(0, blank))) return true;
	const clauses = subordinateClauses(q.prompt, promptTokens(q, ctx.analysis));
	return !clauses.some((c) => blank >= c.start && blank < c.end);
};

/** The prompt's words, tagged as the same words were in its source sentence (tagging anew only without one). */
function promptTokens(q: Question, a: Analysis): Token[] {
	const sentence = q.source && lookup(a).sentenceAt(q.source.start);
	if (!sentence) return tagText(q.prompt);
	const tags = new Map(sentence.tokens.map((t) => [t.text.toLowerCase(), t.tags] as const));
	return tokenize(q.prompt).map((t) => ({ ...t, tags: tags.get(t.text.toLowerCase()) ?? t.tags }));
}

/** Every gate, by name. */
export const gates = { answerInSource, noGiveaway, noDanglingReference, mcqChoicesWellFormed, noNearDuplicate, noBlankInSubordinateClause };

/** The names of the gates a question fails (empty when it passes them all). */
export function failedGates(q: Question, ctx: GateContext): string[] {
	return Object.entries(gates)
		.filter(([, gate]) => !gate(q, ctx))
		.map(([name]) => name);
}
