/**
 * The sync protocol between the app and the Factdeck server: one set of valibot
 * schemas that the server validates every request with and the app builds its
 * requests from, so the two cannot drift apart.
 *
 * Two kinds of change travel:
 * - **Reviews** are facts that never change. Their id is made on the device, so
 *   pushing the same review twice stores it once. A card's state is not sent:
 *   each device replays the card's reviews through the scheduler.
 * - **Documents** (a bank's metadata, a question, a setting, a card's flags)
 *   carry revisions. A device sends the revision it last saw (`baseRev`); the
 *   server keeps the later write in its own order and tells the pulling device
 *   which revision the writer had seen, so a device can tell a concurrent edit
 *   of its own (kept as a snapshot) from a plain newer version.
 *
 * Identifiers travel as separate fields (bank id, fact, question id), never
 * joined with the NUL character the app uses in card ids: PostgreSQL text
 * cannot hold NUL.
 */
import * as v from 'valibot';
import { QuestionSchema } from '../bank/schema';

/** At most this many reviews in one push; a device with more sends several. */
export const MAX_PUSH_REVIEWS = 1000;
/** At most this many documents in one push. */
export const MAX_PUSH_DOCS = 200;
/** At most this many changes (reviews and documents together) in one pull page. */
export const MAX_PULL_PAGE = 2000;
/** The largest request body the server reads, in bytes. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const id = (what: string, max = 200) =>
	v.pipe(
		v.string(`${what} must be text`),
		v.minLength(1, `${what} is empty`),
		v.maxLength(max, `${what} is longer than ${max} characters`),
		v.check((s) => !s.includes('\u0000'), `${what} holds a NUL character`)
	);

const whole = (what: string, min: number, max: number) =>
	v.pipe(
		v.number(`${what} must be a number`),
		v.integer(`${what} must be a whole number`),
		v.minValue(min, `${what} must be ${min} or more`),
		v.maxValue(max, `${what} must be ${max} or less`)
	);

/** A moment as milliseconds since 1970, between 2000 and 2200: anything else is a broken clock or bad input. */
const moment = (what: string) => whole(what, Date.UTC(2000, 0, 1), Date.UTC(2200, 0, 1));

/** A device's name for itself, made once per browser; it tells the server whose push is whose, never who the account is. */
export const DeviceIdSchema = id('deviceId', 64);

/** One answer, as it travels. */
export const ReviewChangeSchema = v.strictObject({
	/** Made on the device (a random UUID): the same review pushed twice is stored once. */
	id: id('review id', 64),
	bankId: id('bankId'),
	fact: id('fact', 2000),
	questionId: id('questionId'),
	rating: whole('rating', 1, 4),
	reviewedAt: moment('reviewedAt'),
	durationMs: whole('durationMs', 0, 86_400_000),
	/** True for an answer taken back with Undo after it was pushed: devices drop it and replay the card. */
	undone: v.optional(v.boolean())
});
export type ReviewChange = v.InferOutput<typeof ReviewChangeSchema>;

export const DOC_KINDS = ['bank', 'question', 'setting', 'card'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** A bank without its questions: the questions travel one by one. */
export const BankDocSchema = v.looseObject({ id: id('bank id'), title: id('bank title', 1000) });
/** A card's flags that the learner sets; its schedule is never sent. */
export const CardDocSchema = v.strictObject({ suspended: v.boolean('suspended must be true or false') });

/** The body each kind of document must have (a setting's value is any JSON). */
export const DOC_BODIES = {
	bank: BankDocSchema,
	question: QuestionSchema,
	setting: v.unknown(),
	card: CardDocSchema
} as const;

/**
 * A document as a device pushes it. `bankId` is '' for a setting; `key` is the
 * question id, the setting's name, the card's fact, or '' for a bank itself.
 * `body: null` deletes it (a tombstone: a deleted bank never comes back).
 */
export const DocChangeSchema = v.pipe(
	v.strictObject({
		kind: v.picklist(DOC_KINDS, `kind must be one of ${DOC_KINDS.join(', ')}`),
		bankId: v.pipe(v.string('bankId must be text'), v.maxLength(200, 'bankId is longer than 200 characters')),
		key: v.pipe(v.string('key must be text'), v.maxLength(2000, 'key is longer than 2000 characters')),
		/** The revision this device last saw of it, or null if it never saw one. */
		baseRev: v.nullable(whole('baseRev', 0, Number.MAX_SAFE_INTEGER)),
		body: v.unknown()
	}),
	v.check(
		(d) => (d.kind === 'setting' ? d.bankId === '' && d.key !== '' : d.bankId !== ''),
		'a setting has a key and no bankId; every other document has a bankId'
	),
	v.check((d) => (d.kind === 'bank' ? d.key === '' : d.key !== ''), 'a bank document has an empty key; questions, settings and cards have one'),
	v.check((d) => d.body === null || v.is(DOC_BODIES[d.kind], d.body), 'body does not match its kind')
);
export type DocChange = v.InferOutput<typeof DocChangeSchema>;

export const PushRequestSchema = v.strictObject({
	deviceId: DeviceIdSchema,
	reviews: v.pipe(v.array(ReviewChangeSchema), v.maxLength(MAX_PUSH_REVIEWS, `at most ${MAX_PUSH_REVIEWS} reviews per push`)),
	docs: v.pipe(v.array(DocChangeSchema), v.maxLength(MAX_PUSH_DOCS, `at most ${MAX_PUSH_DOCS} documents per push`))
});
export type PushRequest = v.InferOutput<typeof PushRequestSchema>;

/** What the server did with a pushed document. */
export interface DocReceipt {
	kind: DocKind;
	bankId: string;
	key: string;
	/** Its new revision; absent when it was ignored. */
	rev?: number;
	/** Why it was not stored: its bank was deleted (on any device). */
	ignored?: 'bank-deleted';
}

export interface PushResponse {
	/** Reviews stored by this push. */
	stored: number;
	/** Reviews the server already had (a retried push): stored once, not again. */
	duplicates: number;
	/** One receipt per pushed document, in the order pushed. */
	docs: DocReceipt[];
}

/** A review as pulled: its place in the account's change order. */
export interface PulledReview extends ReviewChange {
	seq: number;
	/** The device that made it: a device skips its own. */
	deviceId: string;
}

/** A document as pulled: its current revision, the revision its writer had seen, and whether it is deleted. */
export interface PulledDoc {
	kind: DocKind;
	bankId: string;
	key: string;
	rev: number;
	baseRev: number | null;
	/** null when deleted. */
	body: unknown;
	deviceId: string;
}

/** One page of changes after a cursor, in the server's order. */
export interface PullResponse {
	reviews: PulledReview[];
	docs: PulledDoc[];
	/** Pass this as `since` for the next page: every change up to it is in this page or an earlier one. */
	cursor: number;
	/** True when there are more changes after `cursor`. */
	more: boolean;
}

/** The pull query: `GET /api/sync/pull?since=N&limit=M`. */
export const PullQuerySchema = v.strictObject({
	since: v.pipe(v.string(), v.regex(/^\d{1,16}$/, 'since must be a whole number'), v.transform(Number)),
	limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,5}$/, 'limit must be a whole number'), v.transform(Number), v.minValue(1), v.maxValue(MAX_PULL_PAGE)))
});

/** The first error of a failed parse, as one sentence for a 400 response or a message on screen. */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
	const issue = issues[0];
	const path = issue?.path?.map((p) => String(p.key)).join('.');
	return path ? `${path}: ${issue.message}` : (issue?.message ?? 'invalid input');
}
