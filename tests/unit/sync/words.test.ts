import { describe, expect, test } from 'vitest';
import { ago, mergedText, statusText, type SyncStatusInput } from '$lib/sync/words';

const now = new Date('2026-03-01T12:00:00Z');
const base: SyncStatusInput = { syncing: false, expired: false, offline: false, waiting: 0, lastSyncedAt: null, now };
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('the status line', () => {
	test('says when the last sync was', () => {
		expect(statusText({ ...base, lastSyncedAt: minutesAgo(2) })).toBe('Synced 2 minutes ago');
		expect(statusText({ ...base, lastSyncedAt: minutesAgo(0.5) })).toBe('Synced just now');
		expect(statusText({ ...base, lastSyncedAt: minutesAgo(1) })).toBe('Synced 1 minute ago');
		expect(statusText(base)).toBe('Not synced yet');
	});

	test('changes waiting come before the time of the last sync', () => {
		expect(statusText({ ...base, waiting: 3, lastSyncedAt: minutesAgo(2) })).toBe('3 changes waiting');
		expect(statusText({ ...base, waiting: 1 })).toBe('1 change waiting');
	});

	test('offline, syncing and an expired sign-in each say so, the expired one first', () => {
		expect(statusText({ ...base, offline: true })).toBe('Offline');
		expect(statusText({ ...base, offline: true, waiting: 4 })).toBe('Offline · 4 changes waiting');
		expect(statusText({ ...base, syncing: true, waiting: 4 })).toBe('Syncing…');
		expect(statusText({ ...base, expired: true, syncing: true, offline: true })).toBe('Sign-in expired');
	});

	test('hours and days', () => {
		expect(ago(minutesAgo(125), now)).toBe('2 hours ago');
		expect(ago(minutesAgo(60 * 24 * 3), now)).toBe('3 days ago');
	});
});

describe('what a first sign-in merged', () => {
	test('names what went and what came, in plurals that fit', () => {
		expect(mergedText({ banks: 2, questions: 80, reviews: 340, settings: 1 }, { banks: 1, reviews: 120 })).toBe(
			'Sent 2 banks and 340 reviews; received 1 bank and 120 reviews.'
		);
		expect(mergedText({ banks: 1, questions: 3, reviews: 1, settings: 0 }, { banks: 0, reviews: 0 })).toBe(
			'Sent 1 bank and 1 review; nothing new from your account.'
		);
	});

	test('an empty device says it had nothing to send', () => {
		expect(mergedText({ banks: 0, questions: 0, reviews: 0, settings: 0 }, { banks: 3, reviews: 1200 })).toBe(
			'Nothing on this device to send; received 3 banks and 1,200 reviews.'
		);
	});

	test('questions are named when they went without a bank', () => {
		expect(mergedText({ banks: 0, questions: 4, reviews: 0, settings: 0 }, { banks: 0, reviews: 2 })).toBe('Sent 4 questions; received 2 reviews.');
	});
});
