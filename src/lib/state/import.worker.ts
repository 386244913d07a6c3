/**
 * Reads an import file off the main thread: a 10,000-line CSV or a large
 * Anki deck takes long enough to parse that the page would freeze, and
 * sql.js is loaded here, out of every page bundle.
 */
import { readImportFile, type ReadOutcome } from './import-read';
import { loadSql } from './sql-loader';

export interface ReadRequest {
	file: File;
	/** Where sql.js's wasm is served; see import-worker-client.ts for why the page names it. */
	sqlWasmUrl: string;
}

export type ReadReply = { type: 'done'; outcome: ReadOutcome } | { type: 'error'; message: string };

onmessage = async (event: MessageEvent<ReadRequest>) => {
	const { file, sqlWasmUrl } = event.data;
	try {
		const outcome = await readImportFile(file.name, new Uint8Array(await file.arrayBuffer()), () => loadSql(sqlWasmUrl));
		postMessage({ type: 'done', outcome } satisfies ReadReply);
	} catch (err) {
		postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) } satisfies ReadReply);
	}
};
