/**
 * The library's one step to the class section: the library's chunk names only
 * this small file, and the section's own files load only for a signed-in device.
 */

/** Fetches the library's class section and what it needs. */
export const loadClassWork = () => import('./ClassWork.svelte');
