/**
 * The unresolved-reference sign: a prompt whose subject leans on text before
 * it (a pronoun, "the mission", "later", a surname never introduced).
 */
import type { Question } from '../../bank/schema';
import { CLEFT_IT } from '../pronouns';
import type { ArticleOf } from './sign-text';
import { AUXILIARY, filled, STOP } from './sign-text';

// --- unresolved reference at the start -------------------------------------

const PRONOUN = /^(?:he|she|it|they|them|him|his|her|its|their|this|these|those|such)\b/i;
const RELATIVE_TIME =
	/^(?:later|afterwards?|then|meanwhile|soon after(?:wards)?|shortly after(?:wards)?|the (?:next|following|previous) (?:day|week|month|year|morning|night)|(?:a|an|one|two|three|four|five|six|several|a few|\d+) (?:days?|weeks?|months?|years?|hours?) (?:later|earlier|after)|that (?:day|week|month|year))\b/i;
/** Definite nouns everyone shares (the world, the sun, the article being quizzed): they lean on nothing. */
const SHARED_THE =
	/^the (?:article|text|passage|author|world|public|sun|moon|earth|internet|sky|past|future|first|last|only|most|best|largest|biggest|same time)\b/i;
const OPENER =
	/^(?:in|on|at|after|before|during|when|while|although|though|since|with|by|as|despite|following|for|from|under|until|within|once|if|because|unlike|like|\p{L}+ing)\s/iu;
const WH_SUBJECT = /^(?:who|what|when|where|why|how|which)(?: \w+)? (?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\s+/i;

/** Where the sentence's subject starts: after a question's "When did", after a short opening phrase ("In 2021, ..."). */
function subjectStarts(text: string): string[] {
	const t = text.replace(/^[“"‘'(\s]+/, '');
	const starts = [t];
	const wh = WH_SUBJECT.exec(t);
	if (wh) starts.push(t.slice(wh[0].length));
	// Only an opening adverbial ("In 2021,", "When Ming armies took Yunnan,"), not a name and its apposition ("Joseph Stiglitz, then ...").
	const comma = t.indexOf(', ');
	if (comma > 0 && OPENER.test(t) && t.slice(0, comma).split(/\s+/).length <= 8) starts.push(t.slice(comma + 2));
	return starts;
}

const PREPOSITION = /^(?:of|in|at|for|on|from|to|with|by|about|over|under|after|before|during|between|against)$/;

/** "the <common noun>" leans on an earlier sentence unless a proper noun follows it ("the government of Thailand", "the law, the Clean Air Act") or the prompt names it ("the telescope ... Webb Space Telescope"). */
function leaningDescription(start: string, whole: string): boolean {
	if (!/^the\s+\p{Ll}/iu.test(start) || SHARED_THE.test(start)) return false;
	const rest = start.split(/\s+/).slice(1);
	const nouns: string[] = [];
	for (const w of rest) {
		const bare = w.replace(/[^\p{L}\p{N}-]/gu, '');
		if (nouns.length === 3 || !/^[\p{Ll}\p{N}]/u.test(bare) || PREPOSITION.test(bare) || STOP.has(bare) || AUXILIARY.test(bare)) break;
		nouns.push(bare);
		if (/[,;:]$/.test(w)) break;
	}
	if (!nouns.length) return false;
	const after = rest.slice(nouns.length).join(' ');
	// A relative clause or participle defines the noun in place: "the physicist regarded as the father of ...".
	if (/^(?:who|that|which|whose|named|called|known|regarded|described)\b/.test(after)) return false;
	if (/^(?:(?:of|in|at|for|on|from)\s+(?:the\s+)?)?\p{Lu}/u.test(after) || /^\S*,\s+(?:the\s+)?\p{Lu}/u.test(rest.slice(nouns.length - 1).join(' ')))
		return false;
	const named = (w: string) => new RegExp(`\\b${w[0].toUpperCase()}${w.slice(1).replace(/s$/, '')}s?\\b`, 'u').test(whole);
	return !nouns.some((w) => w.length >= 3 && /^\p{L}+$/u.test(w) && named(w));
}

let lastBody: { text: string; body: string } | undefined;
/** The article's body: its lines that end as sentences do, without headlines, captions and credits (the last one kept, as every question of a bank asks of one article). */
function body(text: string): string {
	if (lastBody?.text !== text) lastBody = { text, body: bodyOf(text) };
	return lastBody.body;
}

function bodyOf(text: string): string {
	return text
		.split(/\n+/)
		.filter((line) => /[.?!]["”’)]*\s*$/.test(line))
		.join('\n');
}

/** The whitespace-separated words before a position in the text, nearest first (within its line). */
function wordsBefore(text: string, at: number): string[] {
	const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
	return line.split(/\s+/).filter(Boolean).reverse();
}

/** Does a sentence start at this position (the line's start, or after a word closing a sentence)? */
function sentenceStartsAt(text: string, at: number): boolean {
	const [previous] = wordsBefore(text, at);
	return previous === undefined || (/[.?!:]["”’)]*$/.test(previous) && !/^\p{Lu}\.$/u.test(previous));
}

/** A mention of a name joined to another capitalised word ("Kang Kyung-wha", "Joel Wit", "P. Veeramuthuvel"), not sentence-initial. */
function inLongerName(text: string, at: number, name: string): boolean {
	if (/^\s+\p{Lu}/u.test(text.slice(at + name.length))) return true;
	const [previous] = wordsBefore(text, at);
	return previous !== undefined && /^(?:\p{Lu}[\p{L}’'-]*|\p{Lu}\.)$/u.test(previous) && !sentenceStartsAt(text, at - previous.length - 1);
}

/** A lone surname ("Kang and Blinken agreed") that the article first writes in full: the prompt never says who it is. */
function shortName(start: string, text: string): boolean {
	const m = /^(\p{Lu}[\p{Ll}’'-]+)(?=[\s,]+(?:\p{Ll}|\d)|[’']s\b)/u.exec(start);
	if (!m || STOP.has(m[1].toLowerCase())) return false;
	const prose = body(text);
	const mentions = [...prose.matchAll(new RegExp(`\\b${m[1]}\\b`, 'gu'))].map((x) => x.index ?? 0);
	// A name is capitalised mid-sentence somewhere; "When" or "Proponents" only ever start one.
	if (!mentions.some((at) => !sentenceStartsAt(prose, at))) return false;
	return mentions.length > 0 && inLongerName(prose, mentions[0], m[1]);
}

/** The prompt leans on text before it: a pronoun, "the mission", "later", a surname never introduced, where its subject should be (rubric 1). */
export function unresolvedStart(q: Question, article: ArticleOf): boolean {
	const text = filled(q);
	// "It was not until 1968 that …": a cleft's "it" leans on nothing.
	return subjectStarts(text).some(
		(s) => (PRONOUN.test(s) && !CLEFT_IT.test(s)) || RELATIVE_TIME.test(s) || leaningDescription(s, text) || shortName(s, article.text)
	);
}
