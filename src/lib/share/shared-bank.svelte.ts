/**
 * The share page: the bank travels in the link's fragment, so it is decoded
 * here, in the browser, and enters the library only through the import flow
 * once the learner says so.
 */
import { decodeBankLink } from '$lib/core/share/link';
import { ImportFlow, type FlowDeps } from '$lib/import/import-flow.svelte';

export class SharedBank {
	#deps: FlowDeps;
	#fragment = $state<string | null>(null);
	#error = $state<string | null>(null);
	#flow = $state.raw<ImportFlow | null>(null);

	constructor(deps: FlowDeps = {}) {
		this.#deps = deps;
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

	/** Decodes the fragment (`#b=…`); the same fragment again changes nothing. */
	open(fragment: string): void {
		const hash = fragment.replace(/^#/, '');
		if (hash === this.#fragment) return;
		this.#fragment = hash;
		this.#error = null;
		this.#flow = null;
		if (hash === '') return;
		const decoded = decodeBankLink(`#${hash}`);
		if (!decoded.ok) {
			this.#error = decoded.error;
			return;
		}
		this.#flow = new ImportFlow({ bank: decoded.bank, warnings: [], unsupported: decoded.unsupported ?? [], media: new Map() }, this.#deps);
	}
}
