/**
 * A step between the header and the sync status: the header's chunk then
 * names only this small file to fetch, and the list of the status's own
 * files (the engine, the storage of sync) stays out of every page's start.
 */

/** Fetches the header's sync status and everything it needs. */
export const loadBadge = () => import('./SyncBadge.svelte');
