/** What grading says of one answer; apart from grade.ts so that each kind's grader can name it. */

export interface Verdict {
	/** Fully right: `credit` is 1. */
	correct: boolean;
	/** Share of the marks earned, 0 to 1: partial for a half-right choose all that apply, matching, weighted choice or number. */
	credit: number;
	/** One short sentence for the learner: why the answer was accepted or not. */
	reason: string;
	/** The answer as displayed. */
	expected: string;
}
