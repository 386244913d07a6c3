/**
 * One server per embedded database folder. PGlite has no lock of its own: a
 * second `npm start` on the same ./data would open the same files and corrupt
 * them. The lock is a file holding the owner's process id; one left behind by
 * a server that was killed names a process that no longer runs, and is taken over.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

const LOCK = 'factdeck.pid';
/** Folders this process holds: its own id in a lock file is ours only if listed here. */
const held = new Set<string>();

/** Takes `dir` for this process, or throws saying which process holds it; resolves to the release. */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
	await mkdir(dir, { recursive: true });
	const path = join(dir, LOCK);
	if (held.has(path)) throw new Error(`the data folder ${dir} is in use by another Factdeck server in this process`);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const file = await open(path, 'wx');
			await file.writeFile(`${process.pid}\n`);
			await file.close();
			held.add(path);
			return async () => {
				held.delete(path);
				await rm(path, { force: true });
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
		if (isRunning(owner)) {
			throw new Error(`the data folder ${dir} is in use by another Factdeck server (process ${owner}): stop it, or set FACTDECK_DATA to another folder`);
		}
		await rm(path, { force: true });
	}
	throw new Error(`could not lock the data folder ${dir}: remove ${path} if no Factdeck server is running`);
}

function isRunning(pid: number): boolean {
	// Our own id in a file we do not hold: left by an earlier run in a container, where every run is process 1.
	if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
