/** Progress in tests: answer cards of a bank, so it has progress to keep or lose, and compare the library without its snapshots. */
import { answerCard } from '$lib/core/srs/scheduler';
import { saveAnswer } from '$lib/storage/answers';
import type { FactdeckDB } from '$lib/storage/db';
import { dump } from './helpers';
import { getCard } from '$lib/storage/card-reads';

export const T0 = new Date('2024-03-05T10:00:00Z');

/** Fact names f0..f(n-1), as bankOfFacts makes them. */
export const facts = (n: number, prefix = 'f') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Answers the cards of `which` facts in bank `bankId` (Good), `times` times over; returns the answers written. */
export async function study(d: FactdeckDB, bankId: string, which: string[], times = 1): Promise<number> {
	let at = T0.getTime();
	for (let round = 0; round < times; round++) {
		for (const fact of which) {
			at += 60_000;
			const card = (await getCard(`${bankId}\u0000${fact}`, d))!;
			const { card: next, log } = answerCard(card, 3, new Date(at), { retention: 0.9, fuzz: false }, `q${fact.slice(1)}`, 1000);
			await saveAnswer(next, log, d);
		}
	}
	return which.length * times;
}

/** Every table but the snapshots (see `dump`): what a snapshot holds, to compare before a change and after its undo. */
export async function library(d: FactdeckDB) {
	const { snapshots: _, ...rest } = await dump(d);
	return rest;
}
