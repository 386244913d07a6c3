/**
 * Writes an Anki package off the page: sql.js (SQLite compiled to
 * WebAssembly) builds the collection here, so a large bank never freezes the
 * page, and sql.js stays out of every page bundle.
 */
import initSqlJs from 'sql.js';
import type { Bank } from '$lib/core/bank/schema';
import type { ApkgWriteOptions } from '$lib/core/formats/apkg-write';
import { emitBankBytes } from '$lib/core/formats/emit-bytes';

/** What to write: the bank, everything the writer takes but sql.js, and where sql.js's wasm is served. */
export interface ApkgJob {
	bank: Bank;
	options: Omit<ApkgWriteOptions, 'sql'>;
	wasmUrl: string;
}

export type ApkgReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

onmessage = async (event: MessageEvent<ApkgJob>) => {
	const { bank, options, wasmUrl } = event.data;
	let reply: ApkgReply;
	try {
		const sql = await initSqlJs({ locateFile: () => wasmUrl });
		reply = { ok: true, bytes: emitBankBytes('apkg', bank, { apkg: { ...options, sql } }) };
	} catch (err) {
		reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
	}
	// The package's bytes move to the page rather than being copied.
	postMessage(reply, { transfer: reply.ok ? [reply.bytes.buffer as ArrayBuffer] : [] });
};
