/**
 * The share page: the bank travels in the link's fragment, so it is decoded
 * here, in the browser, and enters the library only through the import flow
 * once the learner says so. A link split over several QR codes arrives one
 * part per page load; the parts wait in this browser until all are in.
 */
import { decodeBankLink } from '$lib/core/share/link';
import { joinParts, missingParts, readPart, type LinkPart } from '$lib/core/share/parts';
import { ImportFlow, type FlowDeps } from '$lib/import/import-flow.svelte';

/** Where scanned parts wait for the others: one set at a time, in this browser. */
export interface PartStore {
	load(): LinkPart[];
	save(parts: LinkPart[]): void;
}

const PARTS_KEY = 'factdeck.shareParts';

/** localStorage, which every tab a phone camera opens shares; an empty store where it is refused. */
export const browserPartStore: PartStore = {
	load() {
		try {
			const parts = JSON.parse(localStorage.getItem(PARTS_KEY) ?? '[]');
			return Array.isArray(parts) ? parts : [];
		} catch {
			return [];
		}
	},
	save(parts) {
		try {
			if (parts.length) localStorage.setItem(PARTS_KEY, JSON.stringify(parts));
			else localStorage.removeItem(PARTS_KEY);
		} catch {
			// Private mode without storage: each part then has to be the last one scanned; the page says which are missing.
		}
	}
};

export class SharedBank {
	#deps: FlowDeps;
	#parts: PartStore;
	#fragment = $state<string | null>(null);
	#error = $state<string | null>(null);
	#flow = $state.raw<ImportFlow | null>(null);
	#waiting = $state.raw<{ have: number[]; missing: number[]; total: number } | null>(null);

	constructor(deps: FlowDeps = {}, parts: PartStore = browserPartStore) {
		this.#deps = deps;
		this.#parts = parts;
	}

	/** True when the page was opened with no bank in its fragment at all. */
	get empty() {
		return this.#fragment === '';
	}
	/** What is wrong with the link, in one sentence. */
	get error() {
		return this.#error;
	}
	get flow() {
		return this.#flow;
	}
	/** A split link not complete yet: which parts are in and which are still to scan. */
	get waiting() {
		return this.#waiting;
	}

	/** Decodes the fragment (`#b=…`, or one part `#p=…&b=…`); the same fragment again changes nothing. */
	open(fragment: string): void {
		const hash = fragment.replace(/^#/, '');
		if (hash === this.#fragment) return;
		this.#fragment = hash;
		this.#error = null;
		this.#flow = null;
		this.#waiting = null;
		if (hash === '') return;
		const part = readPart(hash);
		if (part.kind === 'error') {
			this.#error = part.error;
			return;
		}
		if (part.kind === 'part') {
			const whole = this.#collect(part.part);
			if (whole === null) return;
			this.#decode(`#b=${whole}`);
			return;
		}
		this.#decode(`#${hash}`);
	}

	/** Adds a part to those kept; the whole payload once complete (and the kept parts cleared). */
	#collect(part: LinkPart): string | null {
		// Parts of another set are from an earlier, abandoned scan: the newest set wins.
		const kept = this.#parts.load().filter((p) => p.set === part.set && p.total === part.total && p.index !== part.index);
		const parts = [...kept, part];
		const whole = joinParts(parts);
		if (whole !== null) {
			this.#parts.save([]);
			return whole;
		}
		this.#parts.save(parts);
		const missing = missingParts(parts, part.total);
		this.#waiting = { have: parts.map((p) => p.index).sort((a, b) => a - b), missing, total: part.total };
		return null;
	}

	#decode(fragment: string): void {
		const decoded = decodeBankLink(fragment);
		if (!decoded.ok) {
			this.#error = decoded.error;
			return;
		}
		this.#flow = new ImportFlow({ bank: decoded.bank, warnings: [], unsupported: decoded.unsupported ?? [], media: new Map() }, this.#deps);
	}
}
