/** The app's own database (the one state code uses), emptied between tests. */
import { db } from '$lib/storage/db';
import { fill } from './fill';

/** Deletes the app database; the next call opens it empty. */
export async function resetAppDb(): Promise<void> {
	await db.delete({ disableAutoOpen: false });
}

/** The app database with a bit of everything in it. */
export async function filledAppDb(): Promise<typeof db> {
	await resetAppDb();
	await fill(db);
	return db;
}

export { db };
