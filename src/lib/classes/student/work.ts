/**
 * The account's class work brought to this device after each sync: waiting
 * test attempts are sent, the assignments are listed again, a study bank is
 * saved in the library (studied and synced as any bank) and an open test's
 * questions are downloaded, so both work offline from then on.
 */
import type { Bank } from '$lib/core/bank/schema';
import type { AssignmentSummary } from '$lib/core/classes/protocol';
import { getBankMeta, saveBank } from '$lib/storage/banks';
import * as work from '$lib/storage/class-work';
import { db, type FactdeckDB } from '$lib/storage/db';
import type { Failure, ServerApi } from '$lib/sync/api';
import * as calls from './class-api';

/** The window event fired when the class work on this device changed, so the library shows it. */
export const CLASS_WORK_EVENT = 'factdeck-class-work';

export type ClassWorkReport = { ok: true; assignments: number; sent: number; downloaded: number } | ({ ok: false } & Failure);

/** A refusal that sending again cannot change (closed, no attempts left, not in the class); the rest wait for the next sync. */
const final = (failure: Failure) => failure.kind === 'refused' && failure.status !== 429;

/** Sends one stored attempt and keeps the outcome: graded, refused for good, or still waiting (offline). */
export async function sendAttempt(api: ServerApi, row: work.ClassAttemptRow, database: FactdeckDB = db): Promise<work.ClassAttemptRow> {
	const outcome = await calls.submitAttempt(api, row.assignmentId, row.sent);
	if (outcome.ok) {
		await work.saveGradedAttempt(outcome.value, database);
		return { ...row, state: 'graded', graded: outcome.value };
	}
	if (!final(outcome)) return row;
	await work.refuseClassAttempt(row.id, outcome.message, database);
	return { ...row, state: 'refused', problem: outcome.message };
}

/** Sends every waiting attempt, oldest first; stops at the first that cannot reach the server. */
export async function sendWaitingAttempts(api: ServerApi, database: FactdeckDB = db): Promise<number> {
	let sent = 0;
	for (const row of await work.waitingClassAttempts(database)) {
		const after = await sendAttempt(api, row, database);
		if (after.state === 'waiting') break;
		sent += 1;
	}
	return sent;
}

/** Downloads what one assignment needs offline; true when something was saved. */
async function download(api: ServerApi, row: work.AssignmentRow, isNew: boolean, now: Date, database: FactdeckDB): Promise<boolean> {
	const summary: AssignmentSummary = row.summary;
	if (summary.kind === 'study') {
		if (!isNew && (await getBankMeta(summary.bankId, database))) return false;
		const bank = await calls.fetchAssigned<Bank>(api, summary.id);
		if (!bank.ok) return false;
		await saveBank(bank.value, now, {}, database);
		return true;
	}
	let saved = false;
	if (summary.open && !row.questions) {
		const paper = await calls.fetchAssigned<calls.TestPaper>(api, summary.id);
		if (paper.ok) {
			await work.saveTestQuestions(summary.id, paper.value.questions, database);
			saved = true;
		}
	}
	// Attempts made on another device (or graded while this one was away) come back with their results.
	const allowed = 'attemptsAllowed' in summary.settings ? summary.settings.attemptsAllowed : 0;
	const here = await work.classAttemptsOf(summary.id, database);
	if ((summary.attemptsLeft ?? allowed) < allowed && !here.some((a) => a.state === 'graded')) {
		const mine = await calls.myAttempts(api, summary.id);
		if (mine.ok) for (const graded of mine.value) await work.saveGradedAttempt(graded, database);
	}
	return saved;
}

/** Brings the account's class work up to date on this device, then tells the page. */
export async function refreshClassWork(api: ServerApi, now = new Date(), database: FactdeckDB = db): Promise<ClassWorkReport> {
	const sent = await sendWaitingAttempts(api, database);
	const listed = await calls.listAssignments(api);
	if (!listed.ok) return listed;
	const known = new Set((await work.listAssignments(database)).map((row) => row.id));
	const rows = await work.saveAssignments(listed.value, now, database);
	let downloaded = 0;
	for (const row of rows) if (await download(api, row, !known.has(row.id), now, database)) downloaded += 1;
	if (typeof window !== 'undefined') window.dispatchEvent(new Event(CLASS_WORK_EVENT));
	return { ok: true, assignments: rows.length, sent, downloaded };
}
