// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { bannersHeld, holdBannersWhile } from '$lib/app/session-hold.svelte';

describe('holdBannersWhile', () => {
	it('holds the banners while the session runs, reading its state once per change', () => {
		let running = $state(false);
		let reads = 0;
		const stop = $effect.root(() => {
			holdBannersWhile(() => {
				reads++;
				return running;
			});
		});
		try {
			flushSync();
			expect(bannersHeld()).toBe(false);
			running = true;
			flushSync();
			expect(bannersHeld()).toBe(true);
			running = false;
			flushSync();
			expect(bannersHeld()).toBe(false);
			// Once at start and once per change: a hold that counted itself would run again and again.
			expect(reads).toBe(3);
		} finally {
			stop();
		}
	});
});
