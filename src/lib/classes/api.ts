/**
 * The teacher's calls of the classes endpoints, typed, through the sync
 * feature's API client (same origin, the session cookie): every call gives
 * an Outcome, never a thrown error for a refusal or a lost connection.
 */
import type { AssignmentSummary, ClassSummary, CreateAssignment, Member } from '$lib/core/classes/protocol';
import type { AssignmentResults } from '$lib/core/classes/results';
import type { Outcome, ServerApi } from '$lib/sync/api';

/** One class with the people in it. */
export interface ClassDetail {
	class: ClassSummary;
	members: Member[];
}

export type { AssignmentResults, StudyResults, StudyStudentRow, TestResults, TestStudentRow } from '$lib/core/classes/results';

const at = (id: string) => encodeURIComponent(id);

/** The classes endpoints a teacher uses. */
export class ClassesApi {
	readonly server: ServerApi;

	constructor(server: ServerApi) {
		this.server = server;
	}

	/** The classes this account teaches or studies in. */
	list(): Promise<Outcome<ClassSummary[]>> {
		return this.server.send('GET', '/classes');
	}
	/** Makes a class; the caller is its first teacher. */
	create(name: string): Promise<Outcome<ClassSummary>> {
		return this.server.send('POST', '/classes', { name });
	}
	/** One class and its members. */
	get(id: string): Promise<Outcome<ClassDetail>> {
		return this.server.send('GET', `/classes/${at(id)}`);
	}
	/** Renames a class. */
	rename(id: string, name: string): Promise<Outcome<ClassSummary>> {
		return this.server.send('PATCH', `/classes/${at(id)}`, { name });
	}
	/** A new join code; the old one stops working. */
	newCode(id: string): Promise<Outcome<ClassSummary>> {
		return this.server.send('POST', `/classes/${at(id)}/code`);
	}
	/** Archives the class (true) or brings it back (false). */
	archive(id: string, archived: boolean): Promise<Outcome<ClassSummary>> {
		return this.server.send('POST', `/classes/${at(id)}/${archived ? 'archive' : 'unarchive'}`);
	}
	/** Makes the account with this login a teacher of the class too. */
	addTeacher(id: string, login: string): Promise<Outcome<Member>> {
		return this.server.send('POST', `/classes/${at(id)}/teachers`, { login });
	}
	/** Takes a member out of the class. */
	removeMember(id: string, accountId: string): Promise<Outcome<unknown>> {
		return this.server.send('DELETE', `/classes/${at(id)}/members/${at(accountId)}`);
	}
	/** Sets a new password for a student made on the join page. */
	resetPassword(id: string, accountId: string, password: string): Promise<Outcome<unknown>> {
		return this.server.send('POST', `/classes/${at(id)}/members/${at(accountId)}/password`, { password });
	}
	/** The class's assignments, newest first as the server sends them. */
	assignments(classId: string): Promise<Outcome<AssignmentSummary[]>> {
		return this.server.send('GET', `/classes/${at(classId)}/assignments`);
	}
	/** Assigns a bank to study or as a test. */
	assign(classId: string, assignment: CreateAssignment): Promise<Outcome<AssignmentSummary>> {
		return this.server.send('POST', `/classes/${at(classId)}/assignments`, assignment);
	}
	/** Deletes an assignment and its results. */
	deleteAssignment(id: string): Promise<Outcome<unknown>> {
		return this.server.send('DELETE', `/assignments/${at(id)}`);
	}
	/** An assignment's results so far, as its teachers see them. */
	results(id: string): Promise<Outcome<AssignmentResults>> {
		return this.server.send('GET', `/assignments/${at(id)}/results`);
	}
	/** Where the results download as CSV (a link: the browser sends the cookie and saves the file). */
	csvHref(id: string): string {
		return `${this.server.base}/api/assignments/${at(id)}/results.csv`;
	}
}
