/**
 * Whether someone is signed in on this device, from the note sync/hint.ts
 * keeps in localStorage: read at once, without the database or any of sync,
 * so the header can show what a signed-in device has (the sync status, the
 * Classes link) and a signed-out one loads nothing of it. One note for the
 * whole app, listened to for as long as the app runs: the header never goes.
 */

// hint.ts's SIGNED_IN_KEY, written as text: importing it would put a file of its own on every page.
const KEY = 'factdeck-sync';

function read(): boolean {
	try {
		return localStorage.getItem(KEY) === 'on';
	} catch {
		return false;
	}
}

/** The note, kept current. */
export const signedIn = $state({ on: read() });
// Signing in or out says so with an event of the key's name in this tab, and a storage event in the others.
addEventListener(KEY, () => (signedIn.on = read()));
addEventListener('storage', (event) => event.key === KEY && (signedIn.on = read()));
