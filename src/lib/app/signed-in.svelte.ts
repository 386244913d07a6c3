/**
 * Whether someone is signed in on this device, from the note sync/hint.ts
 * keeps in localStorage: read at once, without the database or any of sync,
 * so the header can show what a signed-in device has (the sync status, the
 * Classes link) and a signed-out one loads nothing of it.
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

/** The note, kept current for the calling component: call it while a component starts. */
export function signedInNote(): { readonly on: boolean } {
	let on = $state(read());
	// Signing in or out says so with an event of the key's name in this tab, and a storage event in the others.
	$effect(() => {
		const changed = () => (on = read());
		const elsewhere = (event: StorageEvent) => event.key === KEY && changed();
		window.addEventListener(KEY, changed);
		window.addEventListener('storage', elsewhere);
		return () => {
			window.removeEventListener(KEY, changed);
			window.removeEventListener('storage', elsewhere);
		};
	});
	return {
		get on() {
			return on;
		}
	};
}
