/**
 * Who "the researchers" are: the group the article last said someone led ("an evaluation led by Grant Wyper of Public Health
 * Scotland. … the researchers found …"), so a question asked of them says whose work it was.
 */
import type { Analysis } from './types';

/** Words for a group of people at work together. */
const GROUP = /^(?:researchers|scientists|investigators|authors)$/;
/** "led by Grant Wyper", "headed by Dr Jane Smith": the leader's name, of two to four capitalised words. */
const LED_BY = /\b(?:led|headed)\s+by\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)/gu;

/** The leader of the group a plural noun names, as the article last gave one before `before`; undefined for other nouns. */
export function groupLeader(a: Analysis, noun: string, before: number): string | undefined {
	if (!GROUP.test(noun)) return undefined;
	let leader: string | undefined;
	for (const m of a.text.slice(0, before).matchAll(LED_BY)) leader = m[1];
	return leader;
}
