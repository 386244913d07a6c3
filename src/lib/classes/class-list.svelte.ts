/**
 * The /classes page's data: the classes this account teaches (and those it
 * is a student in), and making a new one. Classes live on the server, so a
 * device with nobody signed in shows how to sign in instead.
 */
import * as v from 'valibot';
import { CreateClassSchema, type ClassSummary } from '$lib/core/classes/protocol';
import type { ClassesApi } from './api';

export type ListStatus = 'loading' | 'signed-out' | 'ready' | 'failed';

export class ClassList {
	status = $state<ListStatus>('loading');
	classes = $state.raw<ClassSummary[]>([]);
	/** Why loading failed, or why the new class was not made. */
	error = $state<string | null>(null);
	creating = $state(false);
	#api: ClassesApi | null = null;
	readonly #connect: () => Promise<ClassesApi | null>;

	/** `connect` gives the API, or null when nobody is signed in. */
	constructor(connect: () => Promise<ClassesApi | null>) {
		this.#connect = connect;
	}

	/** The classes taught here; archived ones last (the list is sorted so on load). */
	get teaching(): ClassSummary[] {
		return this.classes.filter((c) => c.role === 'teacher');
	}
	/** The classes this account is a student in. */
	get studying(): ClassSummary[] {
		return this.classes.filter((c) => c.role === 'student');
	}

	/** Loads (or reloads) the list. */
	async load(): Promise<void> {
		this.#api ??= await this.#connect();
		if (!this.#api) {
			this.status = 'signed-out';
			return;
		}
		const outcome = await this.#api.list();
		if (outcome.ok) {
			this.classes = [...outcome.value].sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name));
			this.status = 'ready';
			this.error = null;
		} else {
			this.status = outcome.kind === 'signed-out' ? 'signed-out' : 'failed';
			this.error = outcome.message;
		}
	}

	/** Makes a class named `name`; resolves with it, or null with `error` saying why not. */
	async create(name: string): Promise<ClassSummary | null> {
		const parsed = v.safeParse(CreateClassSchema, { name });
		if (!parsed.success) {
			this.error = parsed.issues[0].message;
			return null;
		}
		if (!this.#api || this.creating) return null;
		this.creating = true;
		try {
			const outcome = await this.#api.create(parsed.output.name);
			if (!outcome.ok) {
				this.error = outcome.message;
				if (outcome.kind === 'signed-out') this.status = 'signed-out';
				return null;
			}
			this.error = null;
			this.classes = [...this.classes, outcome.value];
			return outcome.value;
		} finally {
			this.creating = false;
		}
	}
}
