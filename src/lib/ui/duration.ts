/** "1 min 5 s", "42 s": a test's time as people say it. */
export function formatDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	if (minutes === 0) return `${seconds} s`;
	return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}
