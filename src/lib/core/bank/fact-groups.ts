/**
 * A bank's questions gathered under their facts, for review. Questions that
 * share a `fact` are formats of one fact; the generator may list every fact's
 * best question before any fact's second, so a fact's questions need not be
 * adjacent. Facts come in the order of their first question, and a fact's
 * questions in bank order.
 */
import type { SourceRef } from './schema';

/** What grouping needs of a question: its fact and where in the article it came from. */
export interface FactMember {
	readonly fact: string;
	readonly source?: SourceRef;
}

/** One fact and its questions; `source` is the first source sentence among them. */
export interface FactGroup<T extends FactMember> {
	fact: string;
	members: T[];
	source?: SourceRef;
}

/** The questions grouped by fact, facts in the order their first question appears. */
export function factGroups<T extends FactMember>(questions: readonly T[]): FactGroup<T>[] {
	const byFact = new Map<string, FactGroup<T>>();
	for (const question of questions) {
		let group = byFact.get(question.fact);
		if (!group) {
			group = { fact: question.fact, members: [] };
			byFact.set(question.fact, group);
		}
		group.members.push(question);
		group.source ??= question.source;
	}
	return [...byFact.values()];
}

/** Whether two sources are the same span of the article (or both absent). */
export function sameSource(a: SourceRef | undefined, b: SourceRef | undefined): boolean {
	return a === b || (!!a && !!b && a.start === b.start && a.end === b.end);
}
