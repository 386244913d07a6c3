/**
 * The join page's flow: a code shows its class and teachers; a signed-in
 * account joins it; a signed-out one makes a student account (display name
 * and password; the server makes the login) or signs in, then joins. After
 * joining, the device is signed in and syncing, as after any sign-in.
 */
import * as v from 'valibot';
import { JoinCodeSchema, NewStudentSchema, type ClassSummary } from '$lib/core/classes/protocol';
import { AccountFlow, fieldErrors } from '$lib/sync/account.svelte';
import type { LoginForm } from '$lib/sync/api';
import { db, type FactdeckDB } from '$lib/storage/db';
import { syncState, type SyncState } from '$lib/sync/sync.svelte';
import * as calls from './class-api';
import { refreshClassWork } from './work';

export type JoinStep = 'look' | 'join' | 'create' | 'signin';

export class JoinFlow {
	/** The code as normalized, once it was looked up. */
	code = $state('');
	preview = $state.raw<calls.JoinPreview | null>(null);
	/** Why the code leads nowhere (wrong, expired), in the server's words. */
	codeProblem = $state<string | null>(null);
	busy = $state<JoinStep | null>(null);
	/** A problem with the last action that belongs to no one field. */
	error = $state<string | null>(null);
	fieldErrors = $state<Record<string, string>>({});
	joined = $state.raw<ClassSummary | null>(null);
	/** The login the server made for a new student account, to be written down. */
	newLogin = $state<string | null>(null);
	readonly account: AccountFlow;
	#db: FactdeckDB;

	constructor(sync: SyncState = syncState, database: FactdeckDB = db) {
		this.account = new AccountFlow(sync);
		this.#db = database;
	}

	get sync(): SyncState {
		return this.account.sync;
	}

	async #run(step: JoinStep, work: () => Promise<void>): Promise<void> {
		if (this.busy) return;
		this.busy = step;
		this.error = null;
		this.fieldErrors = {};
		try {
			await work();
		} catch (err) {
			this.error = `Something went wrong on this device: ${err instanceof Error ? err.message : String(err)}`;
		} finally {
			this.busy = null;
		}
	}

	/** Looks a typed code up: the class and its teachers, or why it does not work. */
	look(typed: string): Promise<void> {
		return this.#run('look', async () => {
			this.preview = null;
			this.joined = null;
			const parsed = v.safeParse(JoinCodeSchema, typed);
			if (!parsed.success) {
				this.codeProblem = parsed.issues[0].message;
				return;
			}
			this.code = parsed.output;
			const outcome = await calls.previewJoin(this.sync.api, this.code);
			if (outcome.ok) {
				this.codeProblem = null;
				this.preview = outcome.value;
			} else if (outcome.kind === 'refused') this.codeProblem = outcome.message;
			else this.error = outcome.message;
		});
	}

	/** Joins the class with the account signed in on this device. */
	join(): Promise<void> {
		return this.#run('join', () => this.#join());
	}

	async #join(): Promise<void> {
		const outcome = await calls.joinClass(this.sync.api, this.code);
		if (!outcome.ok) {
			this.error = outcome.message;
			return;
		}
		this.joined = outcome.value;
		await refreshClassWork(this.sync.api, new Date(), this.#db);
	}

	/** Makes a student account for this class and signs this device in with it. */
	createStudent(displayName: string, password: string): Promise<void> {
		return this.#run('create', async () => {
			this.fieldErrors = fieldErrors(NewStudentSchema, { displayName, password }) as Record<string, string>;
			if (Object.keys(this.fieldErrors).length) return;
			const outcome = await calls.joinAsNewStudent(this.sync.api, this.code, { displayName: displayName.trim(), password });
			if (!outcome.ok) {
				this.error = outcome.message;
				return;
			}
			this.newLogin = outcome.value.login;
			this.joined = outcome.value.class;
			// The server set the session cookie: the device is signed in; its first sync brings the class's work.
			await this.account.signedIn(outcome.value.login);
		});
	}

	/** Signs in with an existing account, then joins. */
	signInAndJoin(form: LoginForm): Promise<void> {
		return this.#run('signin', async () => {
			await this.account.enter('signin', form);
			if (!this.sync.signedIn || this.account.error || Object.keys(this.account.errors).length) return;
			await this.#join();
		});
	}
}
