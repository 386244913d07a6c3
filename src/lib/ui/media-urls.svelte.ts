/**
 * Object URLs for the images a card shows. Each stored image Blob gets one
 * URL while it is on screen; the URL is revoked once the card no longer
 * shows it, or when the card goes away, so a long session does not keep
 * every image it ever showed alive.
 */
export class MediaUrls {
	#bankId = '';
	/** name → object URL, or null when the bank holds no such image. */
	#urls = new Map<string, string | null>();
	#pending = new Set<string>();
	#closed = false;
	// Bumped when a URL arrives: readers of url() then look again. Plain maps
	// hold the data so that show(), run from an effect, never reads state.
	#version = $state(0);

	/** Shows exactly these images of a bank: loads the new ones, revokes the URLs of the others. */
	show(bankId: string, names: readonly string[]): void {
		if (this.#closed) return;
		const wanted = new Set(bankId === this.#bankId ? names : []);
		this.#release((name) => !wanted.has(name));
		this.#bankId = bankId;
		for (const name of names) {
			if (!this.#urls.has(name) && !this.#pending.has(name)) void this.#load(bankId, name);
		}
	}

	/** The image's object URL; null when the bank has no such image; undefined while it loads. */
	url(name: string): string | null | undefined {
		void this.#version;
		return this.#urls.get(name);
	}

	/** Revokes every URL; later loads are discarded. */
	close(): void {
		this.#closed = true;
		this.#release(() => true);
	}

	async #load(bankId: string, name: string): Promise<void> {
		this.#pending.add(name);
		// A database error shows the image as missing, like an image that was never stored.
		// Only imported decks have images: the storage code for them loads with the first one.
		const blob = await import('$lib/storage/media').then(({ getMedia }) => getMedia(bankId, name)).catch(() => undefined);
		// Dropped from #pending while loading: the card moved on, or another bank is shown.
		if (!this.#pending.delete(name) || this.#closed || bankId !== this.#bankId) return;
		this.#urls.set(name, blob ? URL.createObjectURL(blob) : null);
		this.#version += 1;
	}

	#release(drop: (name: string) => boolean): void {
		for (const [name, url] of this.#urls) {
			if (!drop(name)) continue;
			if (url) URL.revokeObjectURL(url);
			this.#urls.delete(name);
		}
		for (const name of this.#pending) if (drop(name)) this.#pending.delete(name);
	}
}
