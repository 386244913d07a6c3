/**
 * How a class test reads in the library and on its page: its window ("Closes
 * Friday 15:00"), whether it is open now by this device's clock, and the
 * attempts left counting those still waiting to be sent from here.
 */
import type { AssignmentSummary, TestSettings } from '$lib/core/classes/protocol';

/** The attempts of a test this device knows of, as far as counting goes. */
export interface KnownAttempt {
	state: 'waiting' | 'graded' | 'refused';
}

/** The test settings of a test assignment, or null for study work. */
export function testSettings(summary: AssignmentSummary): TestSettings | null {
	return summary.kind === 'test' ? (summary.settings as TestSettings) : null;
}

const WEEK_MS = 7 * 24 * 3600_000;

/** "Friday 15:00" within a week, else "12 Dec 15:00"; in the device's locale. */
export function whenText(at: number, now: number): string {
	const date = new Date(at);
	const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
	const day =
		Math.abs(at - now) < WEEK_MS
			? date.toLocaleDateString(undefined, { weekday: 'long' })
			: date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
	return `${day} ${time}`;
}

/** Whether the test takes attempts now by this device's clock (the server decides in the end). */
export function isOpen(settings: TestSettings, now: number): boolean {
	return (settings.opensAt === undefined || now >= settings.opensAt) && (settings.closesAt === undefined || now < settings.closesAt);
}

/** The window in a phrase: "Opens Monday 09:00", "Closes Friday 15:00", "Closed", "Open". */
export function windowText(settings: TestSettings, now: number): string {
	if (settings.opensAt !== undefined && now < settings.opensAt) return `Opens ${whenText(settings.opensAt, now)}`;
	if (settings.closesAt !== undefined) return now < settings.closesAt ? `Closes ${whenText(settings.closesAt, now)}` : 'Closed';
	return 'Open';
}

/** Attempts left: the server's count, less the attempts made here it has not graded yet. */
export function attemptsLeft(summary: AssignmentSummary, known: KnownAttempt[]): number {
	const allowed = testSettings(summary)?.attemptsAllowed ?? 0;
	const usedOnServer = allowed - (summary.attemptsLeft ?? allowed);
	const usedHere = known.filter((a) => a.state !== 'refused').length;
	return Math.max(0, allowed - Math.max(usedOnServer, usedHere));
}

/** "1 attempt left", "3 attempts left", "No attempts left". */
export function attemptsText(left: number): string {
	return left === 0 ? 'No attempts left' : `${left} attempt${left === 1 ? '' : 's'} left`;
}
