/**
 * Classes on the Factdeck server: the requests the server validates and the app
 * builds, and the shapes of its answers, in one place so the two agree.
 * A test's questions reach a student without their answers (`TestQuestion`):
 * the key comes back only with a graded attempt, and only when the teacher
 * chose to show answers after.
 */
import * as v from 'valibot';
import { BankSchema, type QuestionType } from '../bank/schema';
import { PasswordSchema } from '../sync/account';

/** Join codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L): about 49 bits. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 10;
/** A join code works this long after it was made; the teacher can make a new one any time. */
export const JOIN_CODE_DAYS = 30;

const text = (what: string, max: number) =>
	v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} is empty`), v.maxLength(max, `${what} is longer than ${max} characters`));
const moment = (what: string) => v.pipe(v.number(`${what} must be a time`), v.integer(), v.minValue(Date.UTC(2000, 0, 1)), v.maxValue(Date.UTC(2200, 0, 1)));

/** A join code as typed: spaces and dashes ignored, any case. */
export function normalizeJoinCode(code: string): string {
	return code.replace(/[\s-]/g, '').toUpperCase();
}

export const JoinCodeSchema = v.pipe(
	v.string('code must be text'),
	v.transform(normalizeJoinCode),
	v.regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), `A join code is ${JOIN_CODE_LENGTH} letters and digits.`)
);

export const CreateClassSchema = v.strictObject({ name: text('name', 120) });
export const RenameClassSchema = CreateClassSchema;
export const AddTeacherSchema = v.strictObject({ login: text('login', 254) });
/** A student account made on the join page: a display name and a password, no email. */
export const NewStudentSchema = v.strictObject({ displayName: text('displayName', 60), password: PasswordSchema });
export const ResetPasswordSchema = v.strictObject({ password: PasswordSchema });

export const ROLES = ['teacher', 'student'] as const;
export type Role = (typeof ROLES)[number];

export const TestSettingsSchema = v.strictObject({
	/** The fixed question set (ids in the bank), in this order unless shuffled. */
	questionIds: v.pipe(v.array(text('question id', 200)), v.minLength(1, 'Pick at least one question.'), v.maxLength(500)),
	order: v.picklist(['fixed', 'shuffled']),
	timeLimitSec: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(36_000))),
	opensAt: v.optional(moment('opensAt')),
	closesAt: v.optional(moment('closesAt')),
	attemptsAllowed: v.pipe(v.number(), v.integer(), v.minValue(1, 'Allow at least one attempt.'), v.maxValue(20)),
	/** 'after': each graded attempt comes back with the right answers; 'never': only right or wrong. */
	showAnswers: v.picklist(['after', 'never']),
	/** Whether students see the class average of their own results. */
	showClassAverage: v.optional(v.boolean())
});
export type TestSettings = v.InferOutput<typeof TestSettingsSchema>;

export const StudySettingsSchema = v.strictObject({
	/** "All cards seen by Friday": the goal's moment, if any. */
	goalAt: v.optional(moment('goalAt'))
});
export type StudySettings = v.InferOutput<typeof StudySettingsSchema>;

export const CreateAssignmentSchema = v.pipe(
	v.variant('kind', [
		v.strictObject({ kind: v.literal('study'), bank: BankSchema, title: v.optional(text('title', 200)), settings: StudySettingsSchema }),
		v.strictObject({ kind: v.literal('test'), bank: BankSchema, title: v.optional(text('title', 200)), settings: TestSettingsSchema })
	]),
	v.check(
		(a) => a.kind === 'study' || a.settings.opensAt === undefined || a.settings.closesAt === undefined || a.settings.opensAt < a.settings.closesAt,
		'The test must open before it closes.'
	)
);
export type CreateAssignment = v.InferOutput<typeof CreateAssignmentSchema>;

/** One answer in a submitted attempt: text typed or chosen, true/false, or null when skipped. */
export const GivenAnswerSchema = v.strictObject({
	questionId: text('questionId', 200),
	given: v.nullable(v.union([v.pipe(v.string(), v.maxLength(2000)), v.boolean()]))
});

export const SubmitAttemptSchema = v.pipe(
	v.strictObject({
		/** Made on the device: submitting the same attempt again (a retry after being offline) stores it once. */
		id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/, 'id must be 8-64 letters, digits or dashes')),
		startedAt: moment('startedAt'),
		finishedAt: moment('finishedAt'),
		answers: v.pipe(v.array(GivenAnswerSchema), v.maxLength(500))
	}),
	v.check((a) => a.startedAt <= a.finishedAt, 'finishedAt is before startedAt')
);
export type SubmitAttempt = v.InferOutput<typeof SubmitAttemptSchema>;

/** A class as its member sees it in a list. */
export interface ClassSummary {
	id: string;
	name: string;
	role: Role;
	archived: boolean;
	/** Teachers only. */
	joinCode?: string;
	codeExpiresAt?: string;
	students?: number;
}

export interface Member {
	accountId: string;
	name: string;
	role: Role;
	joinedAt: string;
	/** The latest review or attempt of this class's work. */
	lastActiveAt: string | null;
	/** A student made on the join page, whose password the teacher may reset. */
	madeHere: boolean;
}

/** A test's question as a student gets it before submitting: no answer, no accepted answers, no explanation. */
export interface TestQuestion {
	id: string;
	type: QuestionType;
	prompt: string;
	choices?: string[];
	/** A matching question's items to match, and every right item in a shuffled order: never which goes with which. */
	lefts?: string[];
	rights?: string[];
	html?: { prompt?: string };
}

export interface AssignmentSummary {
	id: string;
	classId: string;
	className: string;
	kind: 'study' | 'test';
	bankId: string;
	title: string;
	createdAt: string;
	settings: StudySettings | TestSettings;
	/** Students, for a test: attempts they have left, and whether the window is open now. */
	attemptsLeft?: number;
	open?: boolean;
}

/** The server's marking of one answer; `answer` only when the teacher shows answers after. */
export interface GradedAnswer {
	questionId: string;
	given: string | boolean | null;
	/** Fully right. */
	correct: boolean;
	/** The share of the marks of a partly right answer, 0 to 1 (choose all that apply, matching, weighted choices, numbers). */
	credit?: number;
	answer?: string;
}

export interface GradedAttempt {
	id: string;
	assignmentId: string;
	score: number;
	maxScore: number;
	startedAt: number;
	finishedAt: number;
	answers: GradedAnswer[];
}

/** The first error of a failed parse, as one sentence. */
export { firstIssue } from '../sync/protocol';
