/**
 * App-wide storage trouble, shown by the root layout: the browser refuses
 * IndexedDB, the device is out of space, or another tab updated the database.
 * Any code whose storage call failed passes the error to `report`; it raises
 * the right banner (each at most once, and a dismissed one stays dismissed)
 * and gives back the plain words to show in place of the raw error.
 */
import { troubleOf, unavailableReason } from '$lib/storage/trouble';

/** The words for each trouble, for the page that hit it. */
export const TROUBLE_MESSAGES = {
	unavailable: 'This browser does not let Factdeck store data, so nothing can be saved.',
	full: 'Your device is out of space for Factdeck. Nothing was half-written: what you just did was not saved, and everything saved before is intact.',
	closed: 'Factdeck was updated in another tab. Reload to continue.'
} as const;

export class StorageTrouble {
	#unavailable = $state<string | null>(null);
	#full = $state(false);
	#fullDismissed = false;
	#updated = $state(false);

	/** Why storage is refused, technically; null while storage works. */
	get unavailable() {
		return this.#unavailable;
	}
	/** A write failed for lack of space, and the learner has not dismissed the banner. */
	get full() {
		return this.#full;
	}
	/** Another tab opened a newer database; this tab must reload. */
	get updated() {
		return this.#updated;
	}

	/**
	 * Raises the banner `error` calls for, if any; returns the plain message
	 * to show for it, or null when it is not storage trouble (show it as is).
	 */
	report(error: unknown): string | null {
		const kind = troubleOf(error);
		if (kind === 'full') {
			if (!this.#fullDismissed) this.#full = true;
		} else if (kind === 'unavailable') this.markUnavailable(error);
		else if (kind === 'closed') this.markUpdated();
		return kind ? TROUBLE_MESSAGES[kind] : null;
	}

	/** The message for `error`: plain words for storage trouble, its own message otherwise. */
	describe(error: unknown): string {
		return this.report(error) ?? (error instanceof Error ? error.message : String(error));
	}

	/** Storage cannot be used at all; `error` is why. */
	markUnavailable(error: unknown): void {
		this.#unavailable ??= unavailableReason(error);
	}

	/** Another tab upgraded the database and this tab's connection is closed. */
	markUpdated(): void {
		this.#updated = true;
	}

	/** Hides the out-of-space banner for the rest of this visit. */
	dismissFull(): void {
		this.#full = false;
		this.#fullDismissed = true;
	}
}

/** The one instance the layout shows and every page reports to. */
export const storageTrouble = new StorageTrouble();
