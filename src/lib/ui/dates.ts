/** A date as the learner's locale writes it, with the time when asked. */
export function formatDate(date: Date, withTime = false): string {
	return date.toLocaleString(undefined, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
}
