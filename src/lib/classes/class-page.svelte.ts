/**
 * One class as its teacher runs it: the name, the join code, the members and
 * the assignments, and every change a teacher makes to them. Each action says
 * what it did or why it failed in `message`, and reloads what it changed.
 */
import * as v from 'valibot';
import {
	AddTeacherSchema,
	RenameClassSchema,
	ResetPasswordSchema,
	type AssignmentSummary,
	type CreateAssignment,
	type Member
} from '$lib/core/classes/protocol';
import type { Outcome } from '$lib/sync/api';
import type { ClassDetail, ClassesApi } from './api';

export type PageStatus = 'loading' | 'signed-out' | 'ready' | 'failed';

/** The first message of a failed check of `value`, or null when it passes. */
function problem(schema: v.GenericSchema, value: unknown): string | null {
	const parsed = v.safeParse(schema, value);
	return parsed.success ? null : parsed.issues[0].message;
}

export class ClassPage {
	status = $state<PageStatus>('loading');
	detail = $state.raw<ClassDetail | null>(null);
	assignments = $state.raw<AssignmentSummary[]>([]);
	/** The last action's result, in a sentence, and whether it failed. */
	message = $state<{ text: string; failed: boolean } | null>(null);
	busy = $state(false);
	/** A password just set by a reset: shown once, then gone with the next action. */
	newPassword = $state<{ name: string; password: string } | null>(null);
	readonly id: string;
	#api: ClassesApi | null = null;
	readonly #connect: () => Promise<ClassesApi | null>;

	constructor(id: string, connect: () => Promise<ClassesApi | null>) {
		this.id = id;
		this.#connect = connect;
	}

	get students(): Member[] {
		return this.detail?.members.filter((m) => m.role === 'student') ?? [];
	}
	get teachers(): Member[] {
		return this.detail?.members.filter((m) => m.role === 'teacher') ?? [];
	}
	/** The API, once connected: components that call the server themselves (results) use it. */
	get api(): ClassesApi | null {
		return this.#api;
	}

	/** Loads the class, its members and its assignments. */
	async load(): Promise<void> {
		this.#api ??= await this.#connect();
		if (!this.#api) {
			this.status = 'signed-out';
			return;
		}
		const [detail, assignments] = await Promise.all([this.#api.get(this.id), this.#api.assignments(this.id)]);
		if (!detail.ok) {
			this.status = detail.kind === 'signed-out' ? 'signed-out' : 'failed';
			this.message = { text: detail.message, failed: true };
			return;
		}
		this.detail = detail.value;
		if (assignments.ok) this.assignments = assignments.value;
		else this.message = { text: assignments.message, failed: true };
		this.status = 'ready';
	}

	/** Runs one change: refuses bad input before sending, says what happened, reloads on success. */
	async #act<T>(invalid: string | null, call: (api: ClassesApi) => Promise<Outcome<T>>, done: string): Promise<{ value: T } | null> {
		this.newPassword = null;
		if (invalid) {
			this.message = { text: invalid, failed: true };
			return null;
		}
		if (!this.#api || this.busy) return null;
		this.busy = true;
		try {
			const outcome = await call(this.#api);
			if (!outcome.ok) {
				this.message = { text: outcome.message, failed: true };
				if (outcome.kind === 'signed-out') this.status = 'signed-out';
				return null;
			}
			this.message = { text: done, failed: false };
			await this.load();
			return { value: outcome.value };
		} finally {
			this.busy = false;
		}
	}

	/** Renames the class. */
	rename(name: string): Promise<unknown> {
		return this.#act(problem(RenameClassSchema, { name }), (api) => api.rename(this.id, name.trim()), `Renamed to ${name.trim()}.`);
	}
	/** Makes a new join code; the old one stops working. */
	newCode(): Promise<unknown> {
		return this.#act(null, (api) => api.newCode(this.id), 'A new join code is made; the old one no longer works.');
	}
	/** Archives the class, or brings it back. */
	setArchived(archived: boolean): Promise<unknown> {
		return this.#act(null, (api) => api.archive(this.id, archived), archived ? 'The class is archived.' : 'The class is back from the archive.');
	}
	/** Adds a co-teacher by their login. */
	addTeacher(login: string): Promise<unknown> {
		return this.#act(problem(AddTeacherSchema, { login }), (api) => api.addTeacher(this.id, login.trim()), `${login.trim()} now teaches this class too.`);
	}
	/** Takes a member out of the class. */
	remove(member: Member): Promise<unknown> {
		return this.#act(null, (api) => api.removeMember(this.id, member.accountId), `${member.name} is no longer in the class.`);
	}
	/** Gives a class-made student a new password, shown once. */
	async resetPassword(member: Member): Promise<void> {
		const password = makePassword();
		const done = await this.#act(
			problem(ResetPasswordSchema, { password }),
			(api) => api.resetPassword(this.id, member.accountId, password),
			`${member.name} has a new password.`
		);
		if (done) this.newPassword = { name: member.name, password };
	}
	/** Assigns a bank; resolves with the assignment, or undefined with `message` saying why not. */
	async assign(assignment: CreateAssignment): Promise<AssignmentSummary | undefined> {
		const done = await this.#act(null, (api) => api.assign(this.id, assignment), `Assigned ${assignment.title ?? assignment.bank.title}.`);
		return done?.value;
	}
	/** Deletes an assignment and its results. */
	deleteAssignment(assignment: AssignmentSummary): Promise<unknown> {
		return this.#act(null, (api) => api.deleteAssignment(assignment.id), `${assignment.title} is deleted.`);
	}
}

// No look-alike letters or digits: a pupil copies it from the teacher's screen or a note.
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A new password a pupil can type: three groups of four, about 59 bits. */
export function makePassword(): string {
	const bytes = crypto.getRandomValues(new Uint32Array(12));
	const chars = Array.from(bytes, (b) => PASSWORD_ALPHABET[b % PASSWORD_ALPHABET.length]);
	return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}
