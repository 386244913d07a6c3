/**
 * The classes a signed-in account is a student of, as the join page lists
 * them, and leaving one: its work then leaves this device at once (a study
 * bank stays in the library, as the learner's own).
 */
import type { ClassSummary } from '$lib/core/classes/protocol';
import { db, type FactdeckDB } from '$lib/storage/db';
import type { SyncState } from '$lib/sync/sync.svelte';
import * as calls from './class-api';
import { refreshClassWork } from './work';

export class MyClasses {
	/** The account's classes as a student; null until listed. */
	list = $state.raw<ClassSummary[] | null>(null);
	error = $state<string | null>(null);
	/** The class being left, so its button says so. */
	leaving = $state<string | null>(null);
	#sync: SyncState;
	#db: FactdeckDB;

	constructor(sync: SyncState, database: FactdeckDB = db) {
		this.#sync = sync;
		this.#db = database;
	}

	/** Lists the account's classes; offline, the list stays empty with the reason. */
	async load(): Promise<void> {
		const outcome = await calls.listClasses(this.#sync.api);
		if (outcome.ok) {
			this.list = outcome.value.filter((c) => c.role === 'student');
			this.error = null;
		} else this.error = outcome.message;
	}

	/** Leaves a class, then brings this device's class work in line. */
	async leave(classId: string): Promise<void> {
		if (this.leaving) return;
		this.leaving = classId;
		try {
			const outcome = await calls.leaveClass(this.#sync.api, classId);
			if (!outcome.ok) {
				this.error = outcome.message;
				return;
			}
			this.list = (this.list ?? []).filter((c) => c.id !== classId);
			await refreshClassWork(this.#sync.api, new Date(), this.#db);
		} finally {
			this.leaving = null;
		}
	}
}
