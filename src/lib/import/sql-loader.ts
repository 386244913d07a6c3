/**
 * sql.js (SQLite compiled to WebAssembly) for reading Anki packages, loaded
 * on first use only, so it stays out of every route and every import that
 * never opens a deck.
 */
import type { SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;

/** The initialised sql.js module; the first call loads it, with its wasm from `wasmUrl`. */
export function loadSql(wasmUrl: string): Promise<SqlJsStatic> {
	loading ??= import('sql.js')
		.then(({ default: initSqlJs }) => initSqlJs({ locateFile: () => wasmUrl }))
		.catch((err) => {
			loading = null; // a failed download may work next time
			throw err;
		});
	return loading;
}
