/**
 * Whether a why-question reads on its own: one clause turned whole, its
 * subject named, no quotation cut open, no loose "it", no second statement
 * after a colon, and no hedge left at its end. Shared by the reasons written
 * after their clause (`reasons.ts`) and before it (`fronted-reasons.ts`).
 */
import { wordCount } from './clause-answers';

/** "Why did the observatory adopt it, partly?", "Why did Eastman invent the name, reportedly?": a hedge left at the end of the asked clause. */
const TRAILING_HEDGE =
	/,?\s+(?:partly|mainly|largely|chiefly|precisely|simply|only|just|in part|at least in part|reportedly|apparently|allegedly|supposedly|probably|perhaps)\?$/;
/** "… hold more than 500 people but recorded only five deaths": a second verb the question does not turn. */
const SECOND_VERB = /\s(?:but|and)\s+\p{L}+ed\b/u;
/** "Richard Harris, an Australian anaesthetist and experienced cave diver, …": an aside on a name, whose "and experienced" joins no verb. */
const APPOSITIVE = /,\s+(?:an?|the)\s[^,]+,/g;

/** "Why is it often described …?": a subject left a pronoun names nothing. */
const PRONOUN_SUBJECT = /^Why\s+\p{L}+(?:\s+not)?\s+(?:it|its|they|their|he|his|she|her|this|these|those|we|our|you)\b/iu;
/** A question with an opening quotation mark and no closing one asks from inside someone's words, cut short. */
export const HALF_QUOTED = (asked: string) => (asked.match(/["“”]/g)?.length ?? 0) % 2 === 1;
/**
 * "Why did the observatory adopt it?": an "it" or "them" with no name before it to stand for. "On its own" is the subject's, and a
 * name may be written in lower case before its capitals ("mRNA").
 */
const LOOSE_OBJECT = (asked: string) => {
	const at = asked.search(/\b(?:it|its|them)\b(?!\s+own\b)/);
	return at > 0 && !/\s\p{Ll}{0,3}\p{Lu}/u.test(asked.slice(3, at));
};
/**
 * "Why did she make a pact with her sister: Maria would work …?": a colon joins a second statement the question cannot turn; so does
 * a second "why" ("Why is a rainbow curved, why red lies on the outside …?").
 */
const COLON = /[:;]|,\s+(?:and\s+)?why\b/;
/** The why-question tidied, or nothing when it turned only part of a clause or names no subject. */
export const askedWell = (asked: string | undefined) =>
	asked && !SECOND_VERB.test(asked.replace(APPOSITIVE, '')) && !PRONOUN_SUBJECT.test(asked) && !HALF_QUOTED(asked) && !LOOSE_OBJECT(asked) && !COLON.test(asked)
		? asked.replace(TRAILING_HEDGE, '?')
		: undefined;

/** "To add a third": a short reason that counts one more of a thing it does not name. */
export const COUNTS_UNNAMED = (answer: string) => wordCount(answer) <= 4 && /\b(?:another|one more|a (?:second|third|fourth|fifth))$/i.test(answer);
