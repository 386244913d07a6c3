/**
 * A note in localStorage of whether this device is signed in, read by the
 * header (SyncSlot.svelte) before anything of sync loads, so a signed-out
 * device loads none of it. Written here, on sign-in and sign-out.
 */

/** The localStorage key, and the name of the window event fired when it changes; SyncSlot.svelte reads both. */
export const SIGNED_IN_KEY = 'factdeck-sync';

/** Notes a sign-in (true) or sign-out (false), for the header now and on later page loads. */
export function noteSignedIn(on: boolean): void {
	try {
		if (on) localStorage.setItem(SIGNED_IN_KEY, 'on');
		else localStorage.removeItem(SIGNED_IN_KEY);
	} catch {
		// Storage refused (private mode): the header shows no status after a reload, sync still runs on Settings.
	}
	if (typeof window !== 'undefined') window.dispatchEvent(new Event(SIGNED_IN_KEY));
}
