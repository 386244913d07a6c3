/**
 * The question bank contract (see PRODUCT.md): one valibot schema gives the
 * TypeScript types and the structural validation. Cross-field rules that a
 * schema cannot express (answer among choices, offsets matching the text,
 * unique ids) live in validate.ts.
 */
import * as v from 'valibot';
import { QUESTION_TYPES, typeName } from './kinds';

export const BANK_FORMAT = 'factdeck.bank';
export const BANK_VERSION = 1;

export { CLOZE_BLANK, QUESTION_TYPES, type QuestionType } from './kinds';

const nonEmpty = (what: string) => v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} is empty`));

const slug = v.pipe(v.string('id must be text'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a slug: lowercase letters, digits and single hyphens'));

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Is the text a date of the calendar written YYYY-MM-DD (no month 13, no day 00, February 29 only in leap years)? */
export function isCalendarDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (month < 1 || month > 12 || day < 1) return false;
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

const isoDate = v.pipe(v.string('published must be a date'), v.check(isCalendarDate, 'published must be a real date written YYYY-MM-DD'));

export const SourceRefSchema = v.strictObject({
	text: nonEmpty('source.text'),
	start: v.pipe(v.number('start must be a number'), v.integer('start must be a whole number'), v.minValue(0, 'start must be 0 or more')),
	end: v.pipe(v.number('end must be a number'), v.integer('end must be a whole number'), v.minValue(0, 'end must be 0 or more'))
});

/** Credit of one choice in percent, as Moodle grades it: 100 fully right, 0 wrong, below 0 takes credit away. */
const percent = (what: string) =>
	v.pipe(
		v.number(`${what} must be a number`),
		v.finite(`${what} must be a finite number`),
		v.minValue(-100, `${what} must be -100 or more`),
		v.maxValue(100, `${what} must be 100 or less`)
	);

/** One left item of a matching question and the right item that belongs to it; an empty left adds a right item that matches nothing. */
export const MatchPairSchema = v.strictObject({ left: v.string('pairs.left must be text'), right: nonEmpty('pairs.right') });

/** One accepted number of a numerical question: any number within `tolerance` of `value` earns `credit` percent. */
export const AcceptedNumberSchema = v.strictObject({
	value: v.pipe(v.number('numbers.value must be a number'), v.finite('numbers.value must be a finite number')),
	tolerance: v.pipe(
		v.number('numbers.tolerance must be a number'),
		v.finite('numbers.tolerance must be finite'),
		v.minValue(0, 'numbers.tolerance must be 0 or more')
	),
	credit: v.pipe(percent('numbers.credit'), v.minValue(0, 'numbers.credit must be 0 or more'))
});

export const QuestionSchema = v.strictObject({
	id: v.pipe(v.string('id must be text'), v.regex(/^[A-Za-z0-9_.:-]{1,120}$/, 'id must be 1-120 letters, digits or _.:-')),
	fact: nonEmpty('fact'),
	type: v.picklist(QUESTION_TYPES, `type must be one of ${QUESTION_TYPES.map((t) => `${t} (${typeName(t).toLowerCase()})`).join(', ')}`),
	prompt: nonEmpty('prompt'),
	answer: v.union([nonEmpty('answer'), v.boolean()], 'answer must be text, or true or false for a true or false question'),
	accept: v.optional(v.array(nonEmpty('accepted answer'))),
	choices: v.optional(v.array(nonEmpty('choice'))),
	explanation: v.optional(v.string()),
	tags: v.optional(v.array(nonEmpty('tag'))),
	source: v.optional(SourceRefSchema),
	/** The question's name in the quiz tool it came from (GIFT `::name::`, Moodle's <name>), kept to be written back. */
	name: v.optional(nonEmpty('name')),
	/** Credit of each choice in percent, in the order of `choices`: `multi` always, `mcq` for partial credit. */
	weights: v.optional(v.array(percent('weight'))),
	/** The pairs of a `matching` question, in the order they are asked. */
	pairs: v.optional(v.array(MatchPairSchema)),
	/** The accepted numbers of a `numerical` question. */
	numbers: v.optional(v.array(AcceptedNumberSchema)),
	/** Rich text (sanitized HTML) for imported decks; shown instead of prompt/answer when present. */
	html: v.optional(v.strictObject({ prompt: v.optional(v.string()), answer: v.optional(v.string()) }))
});

export const BankSourceSchema = v.strictObject({
	title: v.optional(v.string()),
	publisher: v.optional(v.string()),
	published: v.optional(isoDate),
	url: v.optional(v.string()),
	text: v.optional(v.string())
});

/** A test fixed by a teacher, so every student who opens the bank takes the same one (see core/quiz/test-plan). */
export const TestPlanSchema = v.strictObject({
	questionIds: v.pipe(v.array(v.string('question id must be text')), v.minLength(1, 'test.questionIds is empty')),
	order: v.picklist(['fixed', 'shuffled'], 'test.order must be "fixed" or "shuffled"'),
	timeLimitSec: v.optional(v.pipe(v.number('test.timeLimitSec must be a number'), v.integer(), v.minValue(1), v.maxValue(36000)))
});

export const BankSchema = v.strictObject({
	format: v.literal(BANK_FORMAT, `format must be "${BANK_FORMAT}"`),
	version: v.literal(BANK_VERSION, `version must be ${BANK_VERSION}`),
	id: slug,
	title: nonEmpty('title'),
	description: v.optional(v.string()),
	language: v.optional(v.string()),
	tags: v.optional(v.array(nonEmpty('tag'))),
	source: v.optional(BankSourceSchema),
	/** Present on a bank shared as a test: the questions and settings the teacher fixed. */
	test: v.optional(TestPlanSchema),
	questions: v.array(QuestionSchema, 'questions must be a list')
});

export type SourceRef = v.InferOutput<typeof SourceRefSchema>;
export type MatchPair = v.InferOutput<typeof MatchPairSchema>;
export type AcceptedNumber = v.InferOutput<typeof AcceptedNumberSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type BankSource = v.InferOutput<typeof BankSourceSchema>;
export type TestPlan = v.InferOutput<typeof TestPlanSchema>;
export type Bank = v.InferOutput<typeof BankSchema>;
