/**
 * What the server answers for an assignment's results, as its teachers see
 * them: the one description both the server and the app's tables use.
 */
import type { QuestionStat } from '../quiz/results';

/** A student's line in a test's results. */
export interface TestStudentRow {
	accountId: string;
	name: string;
	done: boolean;
	/** The best and the last attempt's score, null before a first attempt. */
	best: number | null;
	last: number | null;
	maxScore: number;
	/** The last attempt's time, in milliseconds. */
	timeTakenMs: number | null;
	attempts: number;
	lastActiveAt: string | null;
}

/** A student's line in a study assignment's results. */
export interface StudyStudentRow {
	accountId: string;
	name: string;
	/** Facts of the bank the student has reviewed at least once. */
	cardsSeen: number;
	reviews: number;
	lastActiveAt: string | null;
	/** Every fact seen (by the goal's moment, when there is one). */
	goalMet: boolean;
}

/** A test's results as its teachers see them; `perDay` is the class's attempts over time. */
export interface TestResults {
	kind: 'test';
	maxScore: number;
	students: TestStudentRow[];
	questions: QuestionStat[];
	perDay: { day: string; attempts: number; averagePercent: number }[];
}
/** A study assignment's results: `facts` is how many cards there are to see. */
export interface StudyResults {
	kind: 'study';
	facts: number;
	students: StudyStudentRow[];
}
export type AssignmentResults = TestResults | StudyResults;
