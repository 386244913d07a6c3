/**
 * The sentences sync shows: the status in the header and on Settings, and
 * what a first sign-in merged. Plain functions of their inputs (the time
 * too), so every wording is tested without a clock or a page.
 */
import type { MergeCounts } from './store';

/** Where syncing stands, as the state layer sees it. */
export interface SyncStatusInput {
	syncing: boolean;
	expired: boolean;
	/** The last sync failed for want of a network, or the browser says it is offline. */
	offline: boolean;
	/** Changes in the outbox, not yet on the server. */
	waiting: number;
	lastSyncedAt: Date | null;
	now: Date;
}

/** "3 reviews", "1 bank". */
export function count(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** "just now", "2 minutes ago", "3 hours ago", "5 days ago". */
export function ago(then: Date, now: Date): string {
	const minutes = Math.floor((now.getTime() - then.getTime()) / 60_000);
	if (minutes < 1) return 'just now';
	if (minutes < 60) return `${count(minutes, 'minute')} ago`;
	const hours = Math.floor(minutes / 60);
	if (hours < 24) return `${count(hours, 'hour')} ago`;
	return `${count(Math.floor(hours / 24), 'day')} ago`;
}

/** The one-line status: "Syncing…", "Sign-in expired", "Offline", "3 changes waiting", "Synced 2 minutes ago". */
export function statusText(s: SyncStatusInput): string {
	if (s.expired) return 'Sign-in expired';
	if (s.syncing) return 'Syncing…';
	if (s.offline) return s.waiting > 0 ? `Offline · ${count(s.waiting, 'change')} waiting` : 'Offline';
	if (s.waiting > 0) return `${count(s.waiting, 'change')} waiting`;
	return s.lastSyncedAt ? `Synced ${ago(s.lastSyncedAt, s.now)}` : 'Not synced yet';
}

/** "2 banks and 340 reviews", or '' when there is nothing to name. */
function listed(parts: [number, string][]): string {
	const named = parts.filter(([n]) => n > 0).map(([n, word]) => count(n, word));
	return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/** What a first sign-in merged: "Sent 2 banks and 340 reviews; received 1 bank and 120 reviews." */
export function mergedText(sent: MergeCounts, received: { banks: number; reviews: number }): string {
	// Questions are named only when they came without their bank (edits to a bank the account has).
	const out = listed([
		[sent.banks, 'bank'],
		[sent.banks > 0 ? 0 : sent.questions, 'question'],
		[sent.reviews, 'review']
	]);
	const back = listed([
		[received.banks, 'bank'],
		[received.reviews, 'review']
	]);
	const first = out ? `Sent ${out}` : 'Nothing on this device to send';
	return `${first}; ${back ? `received ${back}` : 'nothing new from your account'}.`;
}
