/**
 * The class calls a student makes, typed, over the app's one API client
 * (`ServerApi.send`): every answer is an Outcome, as for sync.
 */
import type { Bank } from '$lib/core/bank/schema';
import type { AssignmentSummary, ClassSummary, GradedAttempt, SubmitAttempt, TestQuestion, TestSettings } from '$lib/core/classes/protocol';
import type { Outcome, ServerApi } from '$lib/sync/api';

/** What a join code shows before joining. */
export interface JoinPreview {
	className: string;
	teachers: string[];
}

/** A test as a student gets it once open: its questions without answers. */
export interface TestPaper {
	title: string;
	settings: TestSettings;
	questions: TestQuestion[];
}

const code = (joinCode: string) => encodeURIComponent(joinCode);
const id = (assignmentId: string) => encodeURIComponent(assignmentId);

/** The class a code leads to, and its teachers. */
export function previewJoin(api: ServerApi, joinCode: string): Promise<Outcome<JoinPreview>> {
	return api.send('GET', `/join/${code(joinCode)}`);
}

/** Joins the class with the account signed in. */
export function joinClass(api: ServerApi, joinCode: string): Promise<Outcome<ClassSummary>> {
	return api.send('POST', `/join/${code(joinCode)}`);
}

/** Makes a student account with a generated login, signs this device in and joins the class. */
export function joinAsNewStudent(
	api: ServerApi,
	joinCode: string,
	form: { displayName: string; password: string }
): Promise<Outcome<{ login: string; class: ClassSummary }>> {
	return api.send('POST', `/join/${code(joinCode)}/student`, form);
}

/** The classes of the account. */
export function listClasses(api: ServerApi): Promise<Outcome<ClassSummary[]>> {
	return api.send('GET', '/classes');
}

/** Leaves a class. */
export function leaveClass(api: ServerApi, classId: string): Promise<Outcome<unknown>> {
	return api.send('DELETE', `/classes/${encodeURIComponent(classId)}/membership`);
}

/** Every assignment of the classes the account is a student in. */
export function listAssignments(api: ServerApi): Promise<Outcome<AssignmentSummary[]>> {
	return api.send('GET', '/assignments');
}

/** A study assignment's whole bank, or an open test's questions (403 before it opens). */
export function fetchAssigned<T extends Bank | TestPaper>(api: ServerApi, assignmentId: string): Promise<Outcome<T>> {
	return api.send('GET', `/assignments/${id(assignmentId)}/bank`);
}

/** Sends a finished attempt; the server stores it once by its id and grades it. */
export function submitAttempt(api: ServerApi, assignmentId: string, attempt: SubmitAttempt): Promise<Outcome<GradedAttempt>> {
	return api.send('POST', `/assignments/${id(assignmentId)}/attempts`, attempt);
}

/** The account's graded attempts of one test. */
export function myAttempts(api: ServerApi, assignmentId: string): Promise<Outcome<GradedAttempt[]>> {
	return api.send('GET', `/assignments/${id(assignmentId)}/attempts/mine`);
}
