/**
 * "Check database" on the settings page: a check that writes nothing, then a
 * Repair the learner asks for, which reports what it did.
 */
import { checkDatabase } from '$lib/storage/check';
import { groupProblems, type ProblemGroup } from './check-groups';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

/** Where the check stands: not run, found problems (or none), or repaired them. */
export type CheckOutcome =
	{ kind: 'none' } | { kind: 'found'; groups: ProblemGroup[]; count: number } | { kind: 'repaired'; groups: ProblemGroup[]; count: number };

export class DbCheck {
	#outcome = $state.raw<CheckOutcome>({ kind: 'none' });
	#ran = $state(false);
	#busy = $state<'check' | 'repair' | null>(null);
	#error = $state<string | null>(null);

	get outcome() {
		return this.#outcome;
	}
	/** A check has run at least once (so `none` means "no problems found"). */
	get ran() {
		return this.#ran;
	}
	/** What is running now, for the progress line. */
	get busy() {
		return this.#busy;
	}
	get error() {
		return this.#error;
	}

	/** Looks for problems without changing anything. */
	async check(now = new Date()): Promise<void> {
		await this.#run('check', async () => {
			const { problems } = await checkDatabase(false, now);
			const groups = groupProblems(problems, false);
			this.#outcome = problems.length ? { kind: 'found', groups, count: problems.length } : { kind: 'none' };
		});
	}

	/** Repairs what a check finds now (the data may have changed since it was shown). */
	async repair(now = new Date()): Promise<void> {
		await this.#run('repair', async () => {
			const { problems, repaired } = await checkDatabase(true, now);
			this.#outcome = problems.length ? { kind: 'repaired', groups: groupProblems(problems, true), count: repaired } : { kind: 'none' };
		});
	}

	async #run(what: 'check' | 'repair', work: () => Promise<void>): Promise<void> {
		if (this.#busy) return;
		this.#busy = what;
		this.#error = null;
		try {
			await work();
			this.#ran = true;
		} catch (err) {
			const failed = what === 'check' ? 'The check could not run' : 'The repair did not happen, and nothing was changed';
			this.#error = `${failed}: ${storageTrouble.describe(err)}`;
		} finally {
			this.#busy = null;
		}
	}
}
