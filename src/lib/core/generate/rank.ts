/**
 * Stage 7: rank and cap. Facts are ordered by their best question, with a
 * fact from a sentence not yet asked about before a second fact of one
 * sentence. The bank lists every fact's first question, best first, then
 * every fact's second format, then the third: a teacher reading the top of
 * the bank, or trimming it from the end, sees distinct facts first, and a
 * fact's formats stay one card that the scheduler alternates.
 */
import { questionId } from '../bank/ids';
import type { Question } from '../bank/schema';
import type { GateContext } from './gates';
import { gates } from './gates';
import type { Draft } from './templates';
import type { Analysis } from './types';
import { readsAlone } from './reads-alone';
import { lookup, promptTokens } from './lookup';
import { orphanObjects } from './object-pronouns';
import { keepChance } from './kept';

const PER_FACT = 4;
/** Largest share of the bank each template may take. */
const TEMPLATE_CAP: Partial<Record<Draft['template'], number>> = { truefalse: 0.2, 'role-of': 0.12, acronym: 0.08, 'who-said': 0.25 };
/** Largest share of first questions one question type may take, so the top of the bank mixes formats. */
const PRIMARY_TYPE_CAP = 0.45;

/** A draft as a bank question, fields in a fixed order so the JSON is byte-stable. */
export function toQuestion(d: Draft, a: Analysis): Question {
	const s = a.sentences[d.sentence];
	const q: Question = { id: questionId({ type: d.type, prompt: d.prompt, answer: d.answer }), fact: d.fact, type: d.type, prompt: d.prompt, answer: d.answer };
	if (d.accept?.length) q.accept = d.accept;
	if (d.choices) q.choices = d.choices;
	if (d.explanation) q.explanation = d.explanation;
	q.source = { text: s.text, start: s.start, end: s.end };
	return q;
}

const byScore = (x: Draft, y: Draft) => y.score - x.score || x.type.localeCompare(y.type) || x.prompt.localeCompare(y.prompt);

/** The questions a fact keeps: its best, then ones on another part of it, then other formats; never one type twice on one answer. */
function pickForFact(sorted: Draft[]): Draft[] {
	const picked: Draft[] = [sorted[0]];
	const best = sorted[0].score;
	// Asking one answer twice the same way (typed and cloze are both recall) only repeats the card.
	const recall = (d: Draft) => d.type === 'cloze' || d.type === 'short' || d.type === 'flashcard';
	const same = (x: Draft, y: Draft) => String(x.answer) === String(y.answer) && (x.type === y.type || (recall(x) && recall(y)));
	while (picked.length < PER_FACT) {
		const left = sorted.filter((d) => !picked.includes(d) && !picked.some((p) => same(p, d)));
		if (!left.length) break;
		const asked = new Set(picked.map((p) => String(p.answer)));
		const types = new Set(picked.map((p) => p.type));
		const fresh = left.filter((d) => typeof d.answer === 'string' && !asked.has(d.answer) && d.score >= 0.3 * best);
		const newType = (d: Draft) => !types.has(d.type);
		// The second question asks another part of the fact if it can, the third another format, the fourth another part again:
		// one card that, over its reviews, asks everything its sentence states.
		const next = picked.length === 2 ? (left.find(newType) ?? fresh[0] ?? left[0]) : (fresh.find(newType) ?? fresh[0] ?? left.find(newType) ?? left[0]);
		picked.push(next);
	}
	return picked;
}

/** Groups drafts by fact, best fact first, each with the questions it keeps. */
function factsOf(drafts: Draft[]): Draft[][] {
	const groups = new Map<string, Draft[]>();
	for (const d of [...drafts].sort(byScore)) {
		const group = groups.get(d.fact);
		if (group) group.push(d);
		else groups.set(d.fact, [d]);
	}
	return [...groups.values()].map(pickForFact).sort((x, y) => byScore(x[0], y[0]) || x[0].sentence - y[0].sentence || x[0].fact.localeCompare(y[0].fact));
}

/** Moves a fact's draft of a type that is not yet over-used among first questions to the front. */
function varyPrimary(facts: Draft[][]): void {
	const counts = new Map<string, number>();
	facts.forEach((group, i) => {
		const over = (t: string) => i >= 4 && (counts.get(t) ?? 0) + 1 > PRIMARY_TYPE_CAP * (i + 1);
		const pick = group.findIndex((d, k) => !over(d.type) && (k === 0 || d.score >= group[0].score * 0.8));
		if (pick > 0) group.unshift(...group.splice(pick, 1));
		counts.set(group[0].type, (counts.get(group[0].type) ?? 0) + 1);
	});
}

/** Facts whose sentence no better fact has used, in order, then the others, in order. */
function distinctSentencesFirst(facts: Draft[][]): Draft[][] {
	const used = new Set<number>();
	const first: Draft[][] = [];
	const later: Draft[][] = [];
	for (const group of facts) {
		(used.has(group[0].sentence) ? later : first).push(group);
		used.add(group[0].sentence);
	}
	return [...first, ...later];
}

/** What a template asks, as a teacher would group it: who said it, who someone is, or the fact itself. */
const FAMILY: Partial<Record<Draft['template'], string>> = { 'who-said': 'speaker', 'role-of': 'role', 'who-is': 'role', claim: 'claim', acronym: 'acronym' };
/** A fact held back by its family's share is taken anyway before one weaker than this share of its score. */
const MOST_PASSED = 0.6;
/** Largest share of the first questions one family may take: a quiz is about what happened, not only who said what. */
const FAMILY_CAP: Record<string, number> = { speaker: 0.15, role: 0.1, claim: 0.3, acronym: 0.05, year: 0.2, date: 0.15, amount: 0.3 };

/** A question's family: its template's, or for a blank the kind of its answer (a year, another date, an amount). */
function familyOf(d: Draft): string | undefined {
	const family = FAMILY[d.template];
	if (family || typeof d.answer !== 'string') return family;
	if (/^\d{4}$/.test(d.answer)) return 'year';
	if (/\b\d{4}$/.test(d.answer)) return 'date';
	return /\d/.test(d.answer) ? 'amount' : undefined;
}

/** Facts whose first question's family is over its share are moved down until the share allows them. */
function spreadFamilies(facts: Draft[][], a: Analysis): Draft[][] {
	const out: Draft[][] = [];
	const waiting: Draft[][] = [];
	const counts = new Map<string, number>();
	// Two facts answered "Java" or "1405" near the top ask one thing twice.
	const answers = new Set<string>();
	// "Peruggia" and "Vincenzo Peruggia" are one answer.
	const answerOf = (group: Draft[]) => lookup(a).peopleNamed(String(group[0].answer))[0]?.key ?? String(group[0].answer).toLowerCase();
	const repeats = (group: Draft[]) => typeof group[0].answer === 'string' && answers.has(answerOf(group));
	const fits = (group: Draft[]) => {
		const family = familyOf(group[0]);
		if (repeats(group)) return false;
		return !family || (counts.get(family) ?? 0) + 1 <= Math.max(family === 'acronym' ? 0 : 1, FAMILY_CAP[family] * (out.length + 1));
	};
	const take = (group: Draft[]) => {
		const family = familyOf(group[0]);
		if (family) counts.set(family, (counts.get(family) ?? 0) + 1);
		if (typeof group[0].answer === 'string') answers.add(answerOf(group));
		out.push(group);
	};
	// A share only ever swaps facts of like strength: one far weaker never passes a strong fact held back.
	const pending = [...facts];
	while (pending.length) {
		const ready = waiting.findIndex(fits);
		if (ready >= 0) {
			take(waiting.splice(ready, 1)[0]);
			continue;
		}
		const group = pending.shift() as Draft[];
		// Only a share holds a fact back for good reason; a repeated answer waits until the end.
		const held = waiting.findIndex((g) => !repeats(g));
		if (held >= 0 && group[0].score < MOST_PASSED * waiting[held][0].score) {
			pending.unshift(group);
			take(waiting.splice(held, 1)[0]);
		} else if (fits(group)) take(group);
		else waiting.push(group);
	}
	return [...out, ...waiting];
}

/** The sentence each lower-case word is first used in. */
function firstSentenceOfWords(a: Analysis): Map<string, number> {
	const first = new Map<string, number>();
	for (const s of a.sentences) for (const t of s.tokens) if (!first.has(t.text)) first.set(t.text, s.index);
	return first;
}

/** Every fact's first question, then every fact's second, and so on. */
function layers(facts: Draft[][]): Draft[] {
	const out: Draft[] = [];
	for (let layer = 0; layer < PER_FACT; layer++) for (const group of facts) if (group[layer]) out.push(group[layer]);
	return out;
}

/**
 * "The American Film Institute also placed it first": an object "it" or "them" that nothing before it in the prompt stands for is
 * dropped by some reviewers and named in an edit by others, so the question ranks as a fragment does and stays in the bank.
 */
const ORPHAN_OBJECT = 0.3;
function orphanWeight(q: Question, a: Analysis): number {
	return /\b(?:it|them)\b/.test(q.prompt) && orphanObjects(q.prompt, promptTokens(q, a)).length > 0 ? ORPHAN_OBJECT : 1;
}

/** Orders the drafts that pass every gate into the bank's questions, best first, at most `max` of them. */
export function rankQuestions(drafts: Draft[], a: Analysis, max?: number): Question[] {
	// Every gate but the duplicate check judges a question alone; that one needs the questions ranked before it.
	const ctx: GateContext = { analysis: a, earlier: [] };
	const alone = Object.entries(gates)
		.filter(([name]) => name !== 'noNearDuplicate')
		.map(([, gate]) => gate);
	// Each draft becomes a question once: the gates and the keep chance read the same one.
	const passing = drafts.map((d) => ({ d, q: toQuestion(d, a) })).filter(({ q }) => alone.every((gate) => gate(q, ctx)));
	const first = firstSentenceOfWords(a);
	const article = { text: a.text, title: a.headline ?? '' };
	const weighed = passing.map(({ d, q }) => ({
		...d,
		score: d.score * keepChance(d, q, article) * orphanWeight(q, a) * readsAlone(d.prompt, (w) => (first.get(w) ?? Infinity) < d.sentence)
	}));
	const facts = distinctSentencesFirst(factsOf(weighed));
	varyPrimary(facts);
	const spread = spreadFamilies(facts, a);
	const ordered = layers(spread);
	const limit = max ?? ordered.length;
	const used = new Map<string, number>();
	const ids = new Set<string>();
	const out: Question[] = [];
	// Only an earlier question of the same type with the same prompt or answer can be a near duplicate.
	const sameType = new Map<string, Question[]>();
	const alike = (q: Question) => [`${q.type}\u0000=${q.prompt}`, `${q.type}\u0000?${String(q.answer).toLowerCase()}`];
	for (const d of ordered) {
		if (out.length >= limit) break;
		const cap = TEMPLATE_CAP[d.template];
		if (cap !== undefined && (used.get(d.template) ?? 0) + 1 > Math.max(2, cap * Math.min(limit, ordered.length))) continue;
		const q = toQuestion(d, a);
		const earlier = alike(q).flatMap((k) => sameType.get(k) ?? []);
		if (ids.has(q.id) || !gates.noNearDuplicate(q, { analysis: a, earlier })) continue;
		for (const k of alike(q)) {
			const list = sameType.get(k);
			if (list) list.push(q);
			else sameType.set(k, [q]);
		}
		ids.add(q.id);
		used.set(d.template, (used.get(d.template) ?? 0) + 1);
		out.push(q);
	}
	return out;
}
