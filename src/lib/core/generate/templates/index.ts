/**
 * Stage 5: every template's drafts for one analysed article.
 */
import { propositions } from '../clauses';
import type { SentenceScore } from '../score';
import type { Analysis } from '../types';
import { acronymDrafts } from './acronym';
import { contrastDrafts } from './contrasts';
import { blankDrafts } from './blanks';
import type { Draft, TemplateContext } from './draft';
import { peopleDrafts } from './people';
import { definitionDraftsOf } from './definitions';
import { helpedDrafts } from './helped';
import { outcomeDrafts } from './outcomes';
import { reasonDrafts } from './reasons';
import { termDrafts } from './terms';
import { speechDrafts } from './speech';

export type { Draft } from './draft';

/** Drafts from every template, in a fixed order (ranking decides the final one). */
export function draftQuestions(a: Analysis, scores: SentenceScore[]): Draft[] {
	const ctx: TemplateContext = { a, scores, props: a.sentences.map((s) => propositions(a, s)) };
	const blanks = blankDrafts(ctx);
	// Sentences the entity blanks already ask well are left to them; the others get a blank on a rare noun phrase.
	const asked = new Map<number, number>();
	for (const d of blanks) if (d.type === 'cloze') asked.set(d.sentence, (asked.get(d.sentence) ?? 0) + 1);
	return [
		...blanks,
		...speechDrafts(ctx),
		...peopleDrafts(ctx),
		...acronymDrafts(ctx),
		...reasonDrafts(ctx),
		...outcomeDrafts(ctx),
		...helpedDrafts(ctx),
		...definitionDraftsOf(ctx),
		...contrastDrafts(ctx),
		...termDrafts(ctx, asked)
	];
}
