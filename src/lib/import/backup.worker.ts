/**
 * Reads a full backup off the main thread for a restore (a 100 MB backup
 * parsed on the page would freeze it), with the backup codec alone: the
 * import formats' libraries (SheetJS, the XML parser) stay in the import worker.
 */
import { readBackupFile } from './backup-read';
import { serveReads } from './worker-serve';

serveReads(async (job) => {
	if (job.kind !== 'backup') throw new Error('a bank file is read by the import worker');
	return readBackupFile(new Uint8Array(await job.file.arrayBuffer()));
});
