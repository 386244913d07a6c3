/** Saves text or bytes as a file through the browser's download, with no server. */

function save(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started from the click; the URL can go once the event loop turns.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves text as a file. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	save(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Saves bytes (a zip, a spreadsheet) as a file. */
export function downloadBytes(fileName: string, bytes: Uint8Array, type = 'application/octet-stream'): void {
	// slice(): a view over a plain ArrayBuffer of its own, which Blob accepts whatever backed the input.
	save(fileName, new Blob([bytes.slice()], { type }));
}
