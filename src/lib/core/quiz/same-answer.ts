/**
 * The usual other forms of one answer, which no bank has to list: the same
 * date, amount or person written another way. Each reader looks at the
 * expected answer first and says nothing when it is not of its kind, so a
 * typed answer is only ever compared as what the expected answer is.
 */
import { sameAmount } from './amount-forms';
import { sameDate } from './date-forms';
import { samePerson } from './name-forms';

/** Why `typed` is the expected answer in another form, as a sentence for the learner, or undefined. */
export function sameAnswerReason(typed: string, expected: string): string | undefined {
	if (sameDate(typed, expected)) return 'Accepted: the same date written another way.';
	const amount = sameAmount(typed, expected);
	if (amount === 'same') return 'Accepted: the same amount written another way.';
	if (amount === 'currency left out') return 'Accepted: the same amount, without its currency.';
	if (amount === 'percent left out') return 'Accepted: the same amount, without "percent".';
	const person = samePerson(typed, expected);
	if (person === 'family name') return `Accepted: the family name of "${expected}".`;
	if (person === 'same person') return 'Accepted: the same person, named with or without title or given names.';
	return undefined;
}
