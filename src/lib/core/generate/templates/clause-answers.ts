/**
 * What the understanding questions share: how an answer cut from a clause is tidied, how long it may be, and how much such a
 * question weighs beside a recall question of the same sentence.
 */

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
