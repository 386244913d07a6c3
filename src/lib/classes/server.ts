/**
 * The classes API of the server this device syncs with, once the device's
 * sync settings are read (they say which server, and whether anyone is
 * signed in). Only the class pages import this file.
 */
import { syncState } from '$lib/sync/sync.svelte';
import { ClassesApi } from './api';

/** The API, or null when nobody is signed in on this device. */
export async function classesApi(): Promise<ClassesApi | null> {
	if (!syncState.loaded) await syncState.load();
	return syncState.signedIn ? new ClassesApi(syncState.api) : null;
}
