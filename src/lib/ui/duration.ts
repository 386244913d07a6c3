/** "1 min 5 s", "42 s": a test's time as people say it. */
export function formatDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	if (minutes === 0) return `${seconds} s`;
	return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

/** A length of study in plain words: "under a minute", "1 min", "12 min", "1 h 5 min". */
export function formatTimeSpent(ms: number): string {
	const minutes = Math.round(ms / 60_000);
	if (minutes < 1) return 'under a minute';
	if (minutes < 60) return `${minutes} min`;
	const rest = minutes % 60;
	return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
}
