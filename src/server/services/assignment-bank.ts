/**
 * Downloading an assignment's bank. Teachers and students of a study bank get
 * it whole; a student of a test gets its questions without answers, and only
 * once the test has opened: the key stays on the server until a graded result.
 */
import { hashString } from '../../lib/core/bank/hash';
import type { Bank, Question } from '../../lib/core/bank/schema';
import type { TestQuestion, TestSettings } from '../../lib/core/classes/protocol';
import { askedPairs } from '../../lib/core/quiz/grade-kinds';
import { studyRights } from '../../lib/core/quiz/match-order';
import { shuffled } from '../../lib/core/quiz/test-mode';
import { seededRng } from '../../lib/core/srs/rng';
import type { Db } from '../db/open';
import { reachAssignment } from './assignments';
import { Refusal } from './refusal';

/** What a student downloads for a test. */
export interface TestPaper {
	title: string;
	settings: TestSettings;
	questions: TestQuestion[];
}

/** The bank as the account may have it: whole, or as a test paper. */
export async function assignmentBank(db: Db, id: string, accountId: string, now: Date): Promise<Bank | TestPaper> {
	const { assignment, role } = await reachAssignment(db, id, accountId);
	const bank = assignment.bank as Bank;
	if (role === 'teacher' || assignment.kind === 'study') return bank;
	const settings = assignment.settings as TestSettings;
	if (settings.opensAt !== undefined && now.getTime() < settings.opensAt) {
		throw new Refusal(403, `This test opens at ${new Date(settings.opensAt).toISOString()}.`);
	}
	return { title: assignment.title, settings, questions: testQuestions(bank, settings, `${accountId}/${assignment.id}`) };
}

/** The test's questions without answers, in the plan's order or shuffled the same way each time for one student. */
export function testQuestions(bank: Bank, settings: TestSettings, seed: string): TestQuestion[] {
	const byId = new Map(bank.questions.map((q) => [q.id, q]));
	const planned = settings.questionIds.flatMap((qid) => byId.get(qid) ?? []);
	const ordered = settings.order === 'shuffled' ? shuffled(planned, seededRng(parseInt(hashString(seed), 36) % 2 ** 32)) : planned;
	return ordered.map(withoutAnswer);
}

/** Only what asking needs: no answer, no accepted answers, no explanation, no source. */
function withoutAnswer(question: Question): TestQuestion {
	const paper: TestQuestion = { id: question.id, type: question.type, prompt: question.prompt };
	if (question.choices) paper.choices = [...question.choices];
	if (question.type === 'matching') {
		paper.lefts = askedPairs(question).map((p) => p.left);
		paper.rights = studyRights(question);
	}
	if (question.html?.prompt !== undefined) paper.html = { prompt: question.html.prompt };
	return paper;
}
