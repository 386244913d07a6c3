/**
 * Downloads a bank as an Anki package: its images and, when asked, its
 * cards and reviews gathered from storage, then the package written with
 * sql.js, loaded (with its WebAssembly) on the first export only.
 */
import sqlWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { SqlJsStatic } from 'sql.js';
import type { Bank } from '$lib/core/bank/schema';
import { downloadBytes } from '$lib/ui/download';

let sqlJs: Promise<SqlJsStatic> | undefined;

/** sql.js, started once; a failed start is tried again next time. */
function loadSql(): Promise<SqlJsStatic> {
	sqlJs ??= import('sql.js')
		.then(({ default: initSqlJs }) => initSqlJs({ locateFile: () => sqlWasmUrl }))
		.catch((err: unknown) => {
			sqlJs = undefined;
			throw err;
		});
	return sqlJs;
}

/** Writes and downloads `bank` as `<id>.apkg`; `withHistory` carries its review history and scheduling. */
export async function downloadApkg(bank: Bank, withHistory: boolean): Promise<void> {
	const [{ emitBankBytes }, { ankiExportData }, sql] = await Promise.all([import('$lib/core/formats/emit-bytes'), import('$lib/storage/anki-export'), loadSql()]);
	const { media, history, settings } = await ankiExportData(bank.id, withHistory);
	const now = new Date();
	const bytes = emitBankBytes('apkg', bank, {
		apkg: {
			sql,
			now,
			media,
			history: history && { ...history, retention: settings.retention },
			dayStartHour: settings.dayStartHour,
			minutesWest: now.getTimezoneOffset()
		}
	});
	downloadBytes(`${bank.id}.apkg`, bytes, 'application/apkg');
}
