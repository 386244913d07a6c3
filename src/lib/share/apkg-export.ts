/**
 * Downloads a bank as an Anki package: its images and, when asked, its
 * cards and reviews gathered from storage, then the package written in a
 * worker (apkg.worker.ts) with sql.js.
 */
// Named here, not in the worker: assets of the page's build are precached for offline use, a worker's own are not.
import sqlWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { Bank } from '$lib/core/bank/schema';
import { downloadBytes } from '$lib/ui/download';
import type { ApkgJob, ApkgReply } from './apkg.worker';

/** The package's bytes, written in a worker of its own that ends with the job. */
function writeInWorker(job: ApkgJob): Promise<Uint8Array> {
	const worker = new Worker(new URL('./apkg.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<Uint8Array>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<ApkgReply>) => (event.data.ok ? resolve(event.data.bytes) : reject(new Error(event.data.message)));
		worker.onerror = (event) => reject(new Error(event.message || 'the Anki writer stopped unexpectedly'));
		worker.postMessage(job);
	}).finally(() => worker.terminate());
}

/** Writes and downloads `bank` as `<id>.apkg`; `withHistory` carries its review history and scheduling. */
export async function downloadApkg(bank: Bank, withHistory: boolean): Promise<void> {
	const { ankiExportData } = await import('$lib/storage/anki-export');
	const { media, history, settings } = await ankiExportData(bank.id, withHistory);
	const now = new Date();
	const options = {
		now,
		media,
		history: history && { ...history, retention: settings.retention },
		dayStartHour: settings.dayStartHour,
		minutesWest: now.getTimezoneOffset()
	};
	const bytes = await writeInWorker({ bank, options, wasmUrl: sqlWasmUrl });
	downloadBytes(`${bank.id}.apkg`, bytes, 'application/apkg');
}
