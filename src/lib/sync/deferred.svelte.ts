/**
 * The sync feature's one lazy-loading seam. A signed-out device loads nothing
 * of sync on any page: a flag in localStorage (read without waiting for the
 * database) says whether this device is signed in, and only then is the
 * header's status fetched, after the page is up.
 */
import { lazy } from '$lib/ui/lazy';

const KEY = 'factdeck-sync';

function read(): boolean {
	try {
		return localStorage.getItem(KEY) === 'on';
	} catch {
		return false;
	}
}

let on = $state(read());

/** Whether this device is signed in to a server, as last noted here. */
export const syncHint = {
	get on(): boolean {
		return on;
	},
	/** Notes a sign-in (true) or sign-out (false), for this and later page loads. */
	set(value: boolean): void {
		on = value;
		try {
			if (value) localStorage.setItem(KEY, 'on');
			else localStorage.removeItem(KEY);
		} catch {
			// Storage refused (private mode): the header simply shows no status on the next load.
		}
	}
};

/** The header's sync status, fetched only on a signed-in device. */
export const syncBadge = lazy(() => import('./badge-loader').then((loader) => loader.loadBadge()));
