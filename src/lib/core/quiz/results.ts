/**
 * Test results going back to the teacher with no server: the student exports
 * a small JSON file, the teacher imports many and sees, per question, the
 * share correct and the most common wrong answers. A result is tied to the
 * bank's content hash, so answers to another version are never mixed in, and
 * every answer is re-graded against the bank, so only what was given counts,
 * never what the file claims.
 */
import type { Bank, Question } from '../bank/schema';
import { contentHash } from '../bank/hash';
import { toCsv, type CsvCell } from '../share/csv';
import { answerText } from './grade';
import { regradeResult, type RegradedAnswer, type RegradedResult } from './regrade';
import { implausibleResult, type TestResult } from './result-format';
import { sumCredit } from './test-mode';

export { makeResult, MAX_GIVEN_CHARS, MAX_RESULT_CHARS, MAX_TEST_DURATION_MS, parseResult, type TestResult } from './result-format';

export interface QuestionStat {
	questionId: string;
	/** Position in the bank, from 1. */
	number: number;
	prompt: string;
	answer: string;
	/** How many students were asked it. */
	answered: number;
	/** Marks earned: a half-right answer counts 0.5. */
	correct: number;
	/** correct / answered, from 0 to 1; null when nobody was asked it. */
	shareCorrect: number | null;
	/** The three most common wrong answers, grouped ignoring case and spacing. */
	commonWrong: { answer: string; count: number }[];
}

export interface StudentScore {
	student: string;
	startedAt: string;
	/** With the name, it tells the stored result apart (see storage's resultKey). */
	finishedAt: string;
	correct: number;
	total: number;
	percent: number;
	durationMs: number;
	/**
	 * Set when the file's claims differ from the re-grade: how many it claimed
	 * right and how many answers differ. Null when they agree, or when the
	 * result was not re-graded (left out).
	 */
	claimed: { correct: number; differing: number } | null;
}

export interface ResultsAggregate {
	bankId: string;
	perQuestion: QuestionStat[];
	perStudent: StudentScore[];
	/** Results left out, and why: another bank, another version of it, imported twice, impossible. */
	foreign: LeftOut[];
}

/** A result left out of the statistics: its claimed score, why, and its place in the input. */
export interface LeftOut extends StudentScore {
	reason: string;
	/** Index of the result in what was given to `aggregateResults`. */
	index: number;
}

const names = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** How a result is re-graded; a caller showing the statistics again and again may remember the answers. */
export type Regrade = (result: TestResult, questions: ReadonlyMap<string, Question>) => RegradedResult;

/** Class statistics over the results that belong to this exact bank, re-graded; the others are listed, not counted. */
export function aggregateResults(bank: Bank, results: readonly TestResult[], regrade: Regrade = regradeResult): ResultsAggregate {
	const hash = contentHash(bank);
	const questions = new Map(bank.questions.map((q) => [q.id, q]));
	const seen = new Set<string>();
	const foreign: LeftOut[] = [];
	const perStudent: StudentScore[] = [];
	const byQuestion = new Map<string, RegradedAnswer[]>();
	results.forEach((result, index) => {
		const reason = foreignReason(result, bank, hash, questions, seen);
		if (reason) {
			foreign.push({ ...studentScore(result), reason, index });
			return;
		}
		const regraded = regrade(result, questions);
		perStudent.push(studentScore(result, regraded));
		for (const answer of regraded.answers) {
			const list = byQuestion.get(answer.questionId);
			if (list) list.push(answer);
			else byQuestion.set(answer.questionId, [answer]);
		}
	});
	const perQuestion = bank.questions.map((question, i) => questionStat(question, i + 1, byQuestion.get(question.id) ?? []));
	perStudent.sort((a, b) => names.compare(a.student, b.student) || a.startedAt.localeCompare(b.startedAt));
	return { bankId: bank.id, perQuestion, perStudent, foreign };
}

/** One question's line: how many were asked it, how many got it right by the re-grade, and the wrong answers. */
function questionStat(question: Question, number: number, answers: readonly RegradedAnswer[]): QuestionStat {
	const correct = sumCredit(answers.map((a) => a.credit));
	return {
		questionId: question.id,
		number,
		prompt: question.prompt,
		answer: answerText(question),
		answered: answers.length,
		correct,
		shareCorrect: answers.length ? correct / answers.length : null,
		commonWrong: commonAnswers(
			answers.filter((a) => !a.correct).map((a) => a.given),
			3
		)
	};
}

/** One result's line in the class list: who, when, and how well (re-graded when `regraded` is given, else as claimed). */
export function studentScore(r: TestResult, regraded?: RegradedResult): StudentScore {
	const correct = regraded ? regraded.correct : r.score.correct;
	const total = regraded ? regraded.total : r.score.total;
	return {
		student: r.student,
		startedAt: r.startedAt,
		finishedAt: r.finishedAt,
		correct,
		total,
		percent: total ? Math.round((100 * correct) / total) : 0,
		durationMs: r.durationMs,
		claimed: regraded?.differing ? { correct: regraded.claimedCorrect, differing: regraded.differing } : null
	};
}

/** "Ana, 4 of 10", and what the file claimed when the re-grade differs. */
export function scoreLine(score: StudentScore): string {
	const line = `${score.student}, ${score.correct} of ${score.total}`;
	return score.claimed ? `${line} (re-graded; the file claimed ${score.claimed.correct} of ${score.total})` : line;
}

/** The whole aggregate as CSV: questions, then students, then any results left out. */
export function resultsCsv(aggregate: ResultsAggregate): string {
	const rows: CsvCell[][] = [
		// prettier-ignore
		['Question', 'Prompt', 'Answer', 'Answered', 'Correct', 'Share correct (%)', 'Wrong answer 1', 'Count 1', 'Wrong answer 2', 'Count 2', 'Wrong answer 3', 'Count 3']
	];
	for (const q of aggregate.perQuestion) {
		const share = q.shareCorrect === null ? null : Math.round(q.shareCorrect * 100);
		rows.push([q.number, q.prompt, q.answer, q.answered, q.correct, share, ...q.commonWrong.flatMap((w) => [w.answer, w.count])]);
	}
	rows.push([], ['Student', 'Started', 'Correct', 'Total', 'Percent', 'Time (s)', 'Claimed correct', 'Answers re-graded']);
	for (const s of aggregate.perStudent) {
		const claims = s.claimed ? [s.claimed.correct, s.claimed.differing] : [];
		rows.push([s.student, s.startedAt, s.correct, s.total, s.percent, Math.round(s.durationMs / 1000), ...claims]);
	}
	if (aggregate.foreign.length) {
		rows.push([], ['Left out', 'Reason']);
		for (const f of aggregate.foreign) rows.push([f.student, f.reason]);
	}
	return toCsv(rows);
}

function foreignReason(result: TestResult, bank: Bank, hash: string, questions: ReadonlyMap<string, Question>, seen: Set<string>): string | null {
	if (result.bankId !== bank.id) return `made for another bank ("${result.bankId}")`;
	if (result.bankHash !== hash) return 'made for another version of this bank: it was edited after this test was taken';
	if (result.answers.some((a) => !questions.has(a.questionId))) return 'answers questions this bank does not have';
	// Stored before reading refused these, or never read through parseResult.
	const implausible = implausibleResult(result);
	if (implausible) return `not from a real test: it ${implausible}`;
	const key = JSON.stringify([result.student, result.startedAt, result.finishedAt]);
	if (seen.has(key)) return 'the same result was imported twice';
	seen.add(key);
	return null;
}

/** Answers grouped ignoring case and spacing, most frequent first; each shown in its most common spelling. */
function commonAnswers(answers: readonly string[], limit: number): { answer: string; count: number }[] {
	const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
	for (const raw of answers) {
		const shown = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
		if (shown === '') continue; // self-marked or left blank: nothing to show
		const key = shown.toLowerCase();
		const group = groups.get(key) ?? { count: 0, spellings: new Map<string, number>() };
		group.count++;
		group.spellings.set(shown, (group.spellings.get(shown) ?? 0) + 1);
		groups.set(key, group);
	}
	// Map order is first-seen order, and sort is stable, so ties keep it.
	return [...groups.values()]
		.sort((a, b) => b.count - a.count)
		.slice(0, limit)
		.map((g) => ({ answer: [...g.spellings].sort((a, b) => b[1] - a[1])[0][0], count: g.count }));
}
