/**
 * Why a bank has more questions than cards, in words a new learner follows:
 * a fact is one thing to remember, asked in several ways, and studying
 * schedules the fact (one card) rather than each way of asking it.
 */
import { countOf } from '../count';

/** "36 questions on 13 facts". */
export function questionsOnFacts(questions: number, facts: number): string {
	return `${countOf(questions, 'question')} on ${countOf(facts, 'fact')}`;
}

/** How many ways each fact is asked, from the questions' facts: "2–4 ways", "3 ways", "1 way". */
function waysAsked(factOfEachQuestion: readonly string[]): string {
	const perFact = new Map<string, number>();
	for (const fact of factOfEachQuestion) perFact.set(fact, (perFact.get(fact) ?? 0) + 1);
	const counts = [...perFact.values()];
	const [least, most] = [Math.min(...counts), Math.max(...counts)];
	return least === most ? countOf(least, 'way') : `${least}–${most} ways`;
}

/** The line under the counts that says what a fact is, or null for a bank without questions. */
export function factsExplained(factOfEachQuestion: readonly string[]): string | null {
	if (factOfEachQuestion.length === 0) return null;
	const facts = new Set(factOfEachQuestion).size;
	if (facts === factOfEachQuestion.length) {
		return 'A fact is one thing to remember. Each fact here has one question, and you study it as one card.';
	}
	return `A fact is one thing to remember. Each fact here is asked ${waysAsked(factOfEachQuestion)}, but you study it as one card, so there are ${countOf(facts, 'card')} to learn.`;
}
