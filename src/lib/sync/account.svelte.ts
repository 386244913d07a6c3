/**
 * The account's actions on Settings: create an account or sign in (then the
 * first sync, which says what it merged), sign out here or everywhere, change
 * the password, download everything, delete the account. Forms are checked
 * with the server's own schemas before anything is sent, and each error is
 * kept by the field it belongs to.
 */
import * as v from 'valibot';
import { ChangePasswordSchema, CredentialsSchema, DeleteAccountSchema, SignInSchema } from '$lib/core/sync/account';
import { downloadText } from '$lib/ui/download';
import type { Failure, LoginForm, Outcome } from './api';
import { noteSignedIn } from './hint';
import { syncState, type SyncState } from './sync.svelte';
import { mergedText } from './words';

export type Field = 'login' | 'password' | 'current' | 'next';
export type FieldErrors = Partial<Record<Field, string>>;
export type AccountAction = 'create' | 'signin' | 'signout' | 'everywhere' | 'password' | 'export' | 'delete';

/** Each field's first problem, by the schema that the server checks too. */
export function fieldErrors(schema: v.GenericSchema, value: unknown): FieldErrors {
	const result = v.safeParse(schema, value);
	const errors: FieldErrors = {};
	if (result.success) return errors;
	for (const issue of result.issues) {
		const field = issue.path?.[0]?.key as Field | undefined;
		if (field && !errors[field]) errors[field] = issue.message;
	}
	return errors;
}

export class AccountFlow {
	/** The action under way, so its button says so and the others wait. */
	busy = $state<AccountAction | null>(null);
	errors = $state<FieldErrors>({});
	/** A problem that belongs to no one field ("Wrong login or password.", offline). */
	error = $state<string | null>(null);
	/** What the last action did, in a sentence. */
	done = $state<string | null>(null);
	readonly sync: SyncState;

	constructor(sync: SyncState = syncState) {
		this.sync = sync;
	}

	async #run(action: AccountAction, work: () => Promise<void>): Promise<void> {
		if (this.busy) return;
		this.busy = action;
		this.errors = {};
		this.error = this.done = null;
		try {
			await work();
		} catch (err) {
			this.error = `Something went wrong on this device: ${err instanceof Error ? err.message : String(err)}`;
		} finally {
			this.busy = null;
		}
	}

	/** Shows a failed call by the field it concerns, else for the whole form; true when it failed. */
	#failed(outcome: Outcome<unknown>, field?: Field): outcome is { ok: false } & Failure {
		if (outcome.ok) return false;
		if (field && outcome.kind === 'refused') this.errors = { [field]: outcome.message };
		else this.error = outcome.message;
		return true;
	}

	/** Creates an account or signs in, then syncs: a device with data of its own merges it and says what it sent and got. */
	enter(mode: 'create' | 'signin', form: LoginForm): Promise<void> {
		return this.#run(mode, async () => {
			this.errors = fieldErrors(mode === 'create' ? CredentialsSchema : SignInSchema, form);
			if (Object.keys(this.errors).length) return;
			const api = this.sync.api;
			const outcome = mode === 'create' ? await api.createAccount(form) : await api.signIn(form);
			// "That login is taken." belongs to the login; "Wrong login or password." must not say which.
			if (this.#failed(outcome, mode === 'create' && !outcome.ok && outcome.kind === 'refused' && outcome.status === 409 ? 'login' : undefined) || !outcome.ok)
				return;
			await this.signedIn(outcome.value.login);
		});
	}

	/** After the server signed this device in as `login` (here, or on the join page): start syncing, as after any sign-in. */
	async signedIn(login: string): Promise<void> {
		const store = this.sync.store;
		const before = await store.getSyncMeta();
		// Another account was signed in here before: this device's data now goes to the new one, all of it.
		const fresh = !before.enabled || before.login !== login;
		if (before.enabled && fresh) await store.stopSyncing();
		await store.setSyncMeta({ serverUrl: this.sync.serverUrl, login });
		this.sync.login = login;
		this.sync.expired = false;
		noteSignedIn(true);
		if (fresh) {
			const { merged, report } = await this.sync.firstSync();
			if (report.ok) this.done = mergedText(merged, report.received);
			else this.error = `Signed in. ${report.message}`;
		} else {
			await this.sync.syncNow();
			this.done = `Signed in again as ${login}.`;
		}
	}

	/** Leaves this device signed out: its data stays here and the app works as before. */
	async #leave(): Promise<void> {
		this.sync.engine.dispose();
		await this.sync.store.stopSyncing();
		this.sync.login = null;
		this.sync.expired = false;
		this.sync.problem = null;
		noteSignedIn(false);
	}

	/** Signs this device out, after a last try to send what waits. */
	signOut(): Promise<void> {
		return this.#run('signout', async () => {
			if (!this.sync.expired) await this.sync.syncNow();
			// Offline, the session ends here only; the server forgets it when it expires.
			await this.sync.api.signOut();
			await this.#leave();
			this.done = 'Signed out. Everything stays on this device.';
		});
	}

	/** Ends every session of the account (a lost phone), this one too. */
	signOutEverywhere(): Promise<void> {
		return this.#run('everywhere', async () => {
			if (this.#failed(await this.sync.api.signOutEverywhere())) return;
			await this.#leave();
			this.done = 'Signed out on every device.';
		});
	}

	/** Changes the password; true when it changed, so the form can be cleared. */
	async changePassword(current: string, next: string): Promise<boolean> {
		let changed = false;
		await this.#run('password', async () => {
			this.errors = fieldErrors(ChangePasswordSchema, { current, next });
			if (Object.keys(this.errors).length) return;
			if (this.#failed(await this.sync.api.changePassword(current, next), 'current')) return;
			this.done = 'Password changed.';
			changed = true;
		});
		return changed;
	}

	/** Downloads everything the server holds for the account, as a JSON file. */
	exportData(now = new Date()): Promise<void> {
		return this.#run('export', async () => {
			const outcome = await this.sync.api.exportData();
			if (this.#failed(outcome) || !outcome.ok) return;
			downloadText(`factdeck-account-${now.toISOString().slice(0, 10)}.json`, outcome.value);
			this.done = 'Your data was downloaded.';
		});
	}

	/** Deletes the account and all it stored on the server; this device keeps its own data. */
	deleteAccount(password: string): Promise<void> {
		return this.#run('delete', async () => {
			this.errors = fieldErrors(DeleteAccountSchema, { password });
			if (!password) this.errors = { password: 'Type your password to delete the account.' };
			if (Object.keys(this.errors).length) return;
			if (this.#failed(await this.sync.api.deleteAccount(password), 'password')) return;
			await this.#leave();
			this.done = 'Your account and everything on the server are deleted. This device keeps its own copy.';
		});
	}
}
