/**
 * The class work stored on this device as the pages read it: the library's
 * list of class tests and the banks classes assigned, and one test's page.
 */
import { classAttemptsOf, getAssignment, listAssignments, type AssignmentRow, type ClassAttemptRow } from '$lib/storage/class-work';
import { db, type FactdeckDB } from '$lib/storage/db';

export type { AssignmentRow, ClassAttemptRow } from '$lib/storage/class-work';

/** A class test with the attempts made of it. */
export interface TestLine {
	row: AssignmentRow;
	attempts: ClassAttemptRow[];
}

/** The library's class section. */
export class ClassWorkList {
	tests = $state.raw<TestLine[]>([]);
	/** The class that assigned each study bank, by bank id. */
	classOf = $state.raw<Record<string, string>>({});
	#db: FactdeckDB;

	constructor(database: FactdeckDB = db) {
		this.#db = database;
	}

	/** Reads the stored assignments and the attempts of each test. */
	async load(): Promise<void> {
		const rows = await listAssignments(this.#db);
		const classOf: Record<string, string> = {};
		for (const row of rows) if (row.summary.kind === 'study') classOf[row.summary.bankId] = row.summary.className;
		const tests = rows.filter((row) => row.summary.kind === 'test');
		this.tests = await Promise.all(tests.map(async (row) => ({ row, attempts: await classAttemptsOf(row.id, this.#db) })));
		this.classOf = classOf;
	}
}

/** One class test's page: its stored row (null when not on this device) and its attempts. */
export class ClassTestView {
	row = $state.raw<AssignmentRow | null | undefined>(undefined);
	attempts = $state.raw<ClassAttemptRow[]>([]);
	error = $state<string | null>(null);
	#db: FactdeckDB;

	constructor(database: FactdeckDB = db) {
		this.#db = database;
	}

	/** Reads the test and its attempts; a failure is kept in `error`. */
	async load(id: string): Promise<void> {
		try {
			this.row = (await getAssignment(id, this.#db)) ?? null;
			this.attempts = await classAttemptsOf(id, this.#db);
		} catch (err) {
			this.error = err instanceof Error ? err.message : String(err);
		}
	}
}
