/**
 * What kind and form a choice is ("date:md", "number:$|billion",
 * "person:full"), read from its text and the article, so the mcq gate can
 * check that every choice is of the answer's type without trusting the template.
 */
import { MONTHS, ORDINAL_WORDS } from './extract/lexicon';
import { parseAmount } from './extract/numbers';
import { lookup } from './lookup';
import type { Analysis } from './types';

const MONTH = `(?:${Object.keys(MONTHS)
	.map((m) => `${m[0].toUpperCase()}${m.slice(1)}`)
	.join('|')})\\.?`;
const DATE_FORMS: [string, RegExp][] = [
	['mdy', new RegExp(`^${MONTH} \\d{1,2}, \\d{4}$`)],
	['md', new RegExp(`^${MONTH} \\d{1,2}$`)],
	['dmy', new RegExp(`^\\d{1,2} ${MONTH},? \\d{4}$`)],
	['dm', new RegExp(`^\\d{1,2} ${MONTH}$`)],
	['my', new RegExp(`^${MONTH} \\d{4}$`)],
	['m', new RegExp(`^${MONTH}$`)],
	['y', /^(1\d{3}|20\d{2})$/]
];

/** The kind and form of a choice, or undefined when it is none the generator writes. */
export function classifyChoice(text: string, a: Analysis): string | undefined {
	const t = text.trim();
	for (const [form, re] of DATE_FORMS) if (re.test(t)) return `date:${form}`;
	if (ORDINAL_WORDS[t.toLowerCase()] || /^\d+(st|nd|rd|th)$/.test(t)) return 'ordinal';
	const amount = parseAmount(t);
	if (amount) return `number:${amount.prefix}|${amount.rest.trim()}`;
	const index = lookup(a);
	const person = index.personForm(t);
	if (person) return person;
	if (index.roleTexts.has(t)) return 'role';
	const mention = index.firstMentionWritten(t);
	if (mention?.kind === 'number') return `number:${mention.form}`;
	return mention ? mention.kind : undefined;
}
