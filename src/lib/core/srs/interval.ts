/**
 * Interval labels for the rating buttons, in the style Anki uses: one unit,
 * as short as possible ("1m", "10m", "5h", "4d", "1.5mo", "2y").
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// A month is a twelfth of a year so that "12mo" and "1y" never disagree.
const YEAR = 365 * DAY;
const MONTH = YEAR / 12;

/** One decimal, without a trailing ".0": 1.5 → "1.5", 2.04 → "2". */
function oneDecimal(x: number): string {
	return String(Math.round(x * 10) / 10);
}

/** The time from `from` to `to` as a short label; anything under a minute shows as "1m". */
export function formatInterval(from: Date, to: Date): string {
	const ms = Math.max(0, to.getTime() - from.getTime());
	// Each unit is chosen on the rounded value, so 59.7 minutes reads "1h", not "60m".
	const minutes = Math.round(ms / MINUTE);
	if (minutes < 60) return `${Math.max(1, minutes)}m`;
	const hours = Math.round(ms / HOUR);
	if (hours < 24) return `${hours}h`;
	const days = Math.round(ms / DAY);
	if (days < 30) return `${days}d`;
	const months = Math.round((ms / MONTH) * 10) / 10;
	if (months < 12) return `${oneDecimal(months)}mo`;
	return `${oneDecimal(ms / YEAR)}y`;
}
