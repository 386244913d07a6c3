/**
 * What the understanding questions share: how an answer cut from a clause is tidied, how long it may be, and how much such a
 * question weighs beside a recall question of the same sentence.
 */
import type { Proposition } from '../clauses';
import { lookup } from '../lookup';
import type { Analysis } from '../types';
import { clauseCore } from './clause-core';

/** Answers longer than this many words are passages, not answers. */
export const MOST_ANSWER_WORDS = 28;
/** How much a question of understanding (why, what was the result, what happens when) is worth beside a recall question of its sentence. */
export const UNDERSTANDING = 1.05;
/** A purpose says what someone meant to be able to happen ("so that she could paint"); ", so that the smoke was trapped" states a result. */
export const MODAL = /\b(?:can|could|would|will|might|may|should|shall|must|cannot)\b/i;

/** Spaces closed up, and no mark left dangling at the end. */
export const tidy = (text: string) =>
	text
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:])/g, '$1')
		.replace(/[\s,;:.–—]+$/, '')
		.trim();
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Whether a clause tells what someone did, for a "so that" with no "could" or "would" after it: a person, a body or a "he" or
 * "they" as its subject, or a verb in the passive ("was chosen so that …"), acts for a purpose; "the bubbles make the water
 * lighter so that it rises faster still" tells a result.
 */
export function actsForPurpose(a: Analysis, p: Proposition): boolean {
	const core = clauseCore(a, p);
	if (!core) return true;
	if (core.participle) return true;
	const subject = p.sentence.tokens.filter((t) => t.start >= core.subject.start && t.end <= core.subject.end);
	const people = lookup(a)
		.mentionsIn(p.sentence.index)
		.some((m) => (m.kind === 'person' || m.kind === 'org') && m.start >= core.subject.start && m.end <= core.subject.end);
	return people || subject.some((t) => t.tags.has('Person') || t.tags.has('Actor') || /^(?:he|she|they|we|i|you)$/i.test(t.text));
}
