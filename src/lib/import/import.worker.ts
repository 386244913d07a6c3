/**
 * Reads an import file off the main thread: a 10,000-line CSV or a large
 * Anki deck takes long enough to parse that the page would freeze, and
 * sql.js and SheetJS are loaded here, out of every page bundle. The page
 * gives it a time budget and watches it for death (see read-worker.ts).
 */
import { lazy } from '$lib/ui/lazy';
import { readImportFile } from './import-read';
import { serveReads } from './worker-serve';

// sql.js (SQLite as WebAssembly) is fetched on the first Anki package only.
let sqlWasmUrl = '';
const sqlJs = lazy(() => import('sql.js').then(({ default: initSqlJs }) => initSqlJs({ locateFile: () => sqlWasmUrl })));

/** sql.js, started once with its wasm from `wasmUrl` (every job names the same one). */
function loadSql(wasmUrl: string) {
	sqlWasmUrl = wasmUrl; // read by sql.js as it starts, so a retry after a failed fetch uses the latest
	return sqlJs.load();
}

serveReads(async (job, progress) => {
	if (job.kind !== 'bank') throw new Error('a backup is read by the backup worker');
	// The whole file at once: at most MAX_FILE_BYTES, checked by the page before it gets here.
	const bytes = new Uint8Array(await job.file.arrayBuffer());
	return readImportFile(job.file.name, bytes, () => loadSql(job.sqlWasmUrl), progress, job.paste);
});
