/** Saves text as a file through the browser's download, with no server. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
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
