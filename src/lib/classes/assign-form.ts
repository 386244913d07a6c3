/**
 * The "Assign a bank" form's values and the request they make: a bank to
 * study (with an optional goal date) or a test fixed by the test mode's own
 * planning (makePlan: a draw or a pick, the order, the time limit), checked
 * with the schema the server checks too before anything is sent.
 */
import * as v from 'valibot';
import type { Bank } from '$lib/core/bank/schema';
import { CreateAssignmentSchema, type CreateAssignment } from '$lib/core/classes/protocol';
import { makePlan, type PlanChoice } from '$lib/core/quiz/test-plan';

export interface AssignForm {
	kind: 'study' | 'test';
	/** Optional; the bank's title when empty. */
	title: string;
	/** Study: "all cards seen by" this day (an <input type="date"> value), or ''. */
	goalDate: string;
	how: 'draw' | 'pick';
	count: number;
	seed: number;
	picked: string[];
	order: 'fixed' | 'shuffled';
	minutes: number | null;
	/** <input type="datetime-local"> values, or ''. */
	opensAt: string;
	closesAt: string;
	attempts: number;
	showAnswers: boolean;
	showClassAverage: boolean;
}

/** The form as it opens: a test of 10 drawn questions, one attempt, no window. */
export function blankForm(seed: number): AssignForm {
	return {
		kind: 'test',
		title: '',
		goalDate: '',
		how: 'draw',
		count: 10,
		seed,
		picked: [],
		order: 'shuffled',
		minutes: null,
		opensAt: '',
		closesAt: '',
		attempts: 1,
		showAnswers: true,
		showClassAverage: false
	};
}

export type Built = { ok: true; assignment: CreateAssignment; leftOut: number } | { ok: false; error: string };

/** A local date-time field as epoch milliseconds; undefined when empty or unreadable. */
function moment(value: string): number | undefined {
	if (!value) return undefined;
	const at = new Date(value).getTime();
	return Number.isNaN(at) ? undefined : at;
}

/** The request the form makes for `bank`, or the first reason it makes none. */
export function buildAssignment(bank: Bank, form: AssignForm): Built {
	const title = form.title.trim() || undefined;
	let request: unknown;
	let leftOut = 0;
	if (form.kind === 'study') {
		// The goal is the end of the chosen day, in the teacher's time zone.
		const goalAt = form.goalDate ? moment(`${form.goalDate}T23:59:59`) : undefined;
		if (form.goalDate && goalAt === undefined) return { ok: false, error: 'The goal date is not a date.' };
		request = { kind: 'study', bank, title, settings: goalAt === undefined ? {} : { goalAt } };
	} else {
		const choice: PlanChoice = form.how === 'draw' ? { kind: 'draw', count: form.count, seed: form.seed } : { kind: 'pick', questionIds: form.picked };
		const timeLimitSec = form.minutes && form.minutes > 0 ? Math.round(form.minutes * 60) : undefined;
		const planned = makePlan(bank, choice, { order: form.order, timeLimitSec });
		if (!planned.ok) return planned;
		leftOut = planned.leftOut;
		for (const [field, label] of [
			['opensAt', 'opening'],
			['closesAt', 'closing']
		] as const) {
			if (form[field] && moment(form[field]) === undefined) return { ok: false, error: `The ${label} time is not a date and time.` };
		}
		request = {
			kind: 'test',
			bank,
			title,
			settings: {
				...planned.plan,
				opensAt: moment(form.opensAt),
				closesAt: moment(form.closesAt),
				attemptsAllowed: form.attempts,
				showAnswers: form.showAnswers ? 'after' : 'never',
				showClassAverage: form.showClassAverage
			}
		};
	}
	const parsed = v.safeParse(CreateAssignmentSchema, stripUndefined(request));
	if (!parsed.success) return { ok: false, error: parsed.issues[0].message };
	return { ok: true, assignment: parsed.output, leftOut };
}

/** The value without undefined fields, as JSON would send it (strict schemas refuse a key set to undefined). */
function stripUndefined(value: unknown): unknown {
	return JSON.parse(JSON.stringify(value)) as unknown;
}
