/**
 * "Who said …?": for quotations and reported speech whose speaker is named
 * in the same sentence, so the answer stands in the source. Choices are
 * other people of the article, written the way the answer is.
 */
import { arrangeChoices, distractorsFor } from '../distractors';
import { textWith } from '../clauses';
import { contextEdits } from '../context';
import { lookup } from '../lookup';
import type { Analysis, Quote } from '../types';
import type { Draft, TemplateContext } from './draft';
import { namesPerson, personAccept, statementKey } from './draft';

/** The text of a who-said prompt for a quotation or reported speech. */
export function whoSaidPrompt(a: Analysis, q: Quote): string | undefined {
	const s = a.sentences[q.sentence];
	if (q.lead === undefined) {
		const words = q.text.replace(/[,.;:]+$/, '').trim();
		return words.split(/\s+/).length >= 4 ? `Who said: “${words}”?` : undefined;
	}
	let end = q.end;
	if (!q.indirect) {
		end = q.end + 1;
		const tail = a.text.slice(end, s.end);
		const stop = tail.search(/,|;|\s[–—]\s|\s(?:and|but)\s|[.!?]["”’]?\s*$/);
		end += stop < 0 ? tail.length : stop;
	}
	const body = textWith(a, contextEdits(a, s, q.lead, end), q.lead, end).replace(/\s+/g, ' ').replace(/[\s,.;:]+$/, '');
	return `Who ${body}?`;
}

/** Who-said drafts: a choice among the article's people and a typed answer. */
export function speechDrafts(ctx: TemplateContext): Draft[] {
	const { a } = ctx;
	const drafts: Draft[] = [];
	for (const q of a.quotes) {
		if (!q.speakerText) continue;
		const prompt = whoSaidPrompt(a, q);
		if (!prompt || namesPerson(a, q.speaker, prompt.replace(/^Who /, ''))) continue;
		const s = a.sentences[q.sentence];
		const fact = statementKey(s);
		const score = ctx.scores[s.index].speech * (q.indirect ? 0.9 : 1);
		const person = a.people.get(q.speaker);
		const role = lookup(a).firstRoleOf(q.speaker);
		const explanation = person && role ? `${person.name}: ${role.text}.` : undefined;
		const answer = person?.name ?? q.speakerText;
		const mention = lookup(a).mentionsIn(s.index).find((m) => m.kind === 'person' && m.text === q.speakerText);
		const common = { sentence: s.index, fact, answer, explanation };
		if (mention) {
			const wrong = distractorsFor(a, mention, 3, (t) => prompt.includes(t)).map((t) => lookup(a).peopleNamed(t)[0]?.name ?? t);
			if (wrong.length === 3) {
				drafts.push({ ...common, type: 'mcq', template: 'who-said', prompt, choices: arrangeChoices(answer, wrong, prompt), score });
			}
		}
		drafts.push({ ...common, type: 'short', template: 'who-said', prompt, accept: personAccept(a, q.speaker, answer), score: score * 0.9 });
	}
	return drafts;
}
