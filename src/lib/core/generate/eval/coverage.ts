/**
 * How well a bank covers an article's key facts, within a budget: walk the
 * questions in order until 1.5 × as many distinct fact keys as there are gold
 * facts; a gold fact is covered when one of those questions comes from a
 * sentence holding the fact's cue and has an answer matching one of the
 * fact's answers (case-insensitive, either containing the other).
 */
import type { Question } from '../../bank/schema';

/** A key fact of an article, as the gold files write it. */
export type GoldFact = { id: string; cue: string; answers: string[] };
/** A gold file: the article, its publication date, and its key facts. */
export type Gold = { article: string; title?: string; published?: string; note?: string; facts: GoldFact[] };
/** The outcome of scoring a bank against gold facts. */
export type Coverage = { covered: string[]; missed: string[]; budget: number; walked: number };

const matches = (answer: string, key: string) => {
	const [a, k] = [answer.toLowerCase().trim(), key.toLowerCase().trim()];
	return a.length > 0 && k.length > 0 && (a.includes(k) || k.includes(a));
};

/** The questions inside the budget: in order, until the next one would bring one fact key too many. */
export function withinBudget(questions: readonly Question[], budget: number): Question[] {
	const facts = new Set<string>();
	const out: Question[] = [];
	for (const q of questions) {
		if (!facts.has(q.fact) && facts.size >= budget) break;
		facts.add(q.fact);
		out.push(q);
	}
	return out;
}

/** Scores a bank's questions against gold facts, with a budget of `factor` × the number of gold facts. */
export function coverage(questions: readonly Question[], facts: readonly GoldFact[], factor = 1.5): Coverage {
	const budget = Math.ceil(factor * facts.length);
	const walked = withinBudget(questions, budget);
	const isCovered = (f: GoldFact) =>
		walked.some((q) => q.source?.text.includes(f.cue) && typeof q.answer === 'string' && f.answers.some((k) => matches(q.answer as string, k)));
	return {
		covered: facts.filter(isCovered).map((f) => f.id),
		missed: facts.filter((f) => !isCovered(f)).map((f) => f.id),
		budget,
		walked: walked.length
	};
}
