/** Reading a backup file for a restore, in the import worker or in the page, without the other codecs. */
import { parseBackup, type Backup } from '$lib/core/formats/backup';
import type { Warning } from '$lib/core/formats/errors';

/** What reading a backup gave: the backup, or every reason it cannot be restored. Plain data, as ReadOutcome. */
export type BackupOutcome = { ok: true; backup: Backup; warnings: Warning[] } | { ok: false; problems: string[] };

/** Parses a backup file; its problems as plain text, since an error's own fields do not cross from a worker. */
export function readBackupFile(bytes: Uint8Array): BackupOutcome {
	const result = parseBackup(bytes);
	if (!result.ok) return { ok: false, problems: result.error.problems.map((p) => p.message) };
	return result;
}
