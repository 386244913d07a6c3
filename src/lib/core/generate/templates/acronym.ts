/**
 * Acronyms the article spells out: "What does CVID stand for?" and the
 * reverse. Typed answers, since an article rarely defines enough acronyms
 * to give honest wrong choices.
 */
import type { Draft, TemplateContext } from './draft';
import { factKey } from './draft';

/** Acronym drafts: expansion from acronym, and acronym from expansion. */
export function acronymDrafts(ctx: TemplateContext): Draft[] {
	const drafts: Draft[] = [];
	for (const acr of ctx.a.acronyms) {
		const s = ctx.a.sentences[acr.sentence];
		const fact = factKey('acronym', acr.short, s);
		// What an acronym stands for is vocabulary, not what the article teaches: asked, but after its facts.
		const score = ctx.scores[s.index].fact * 0.3;
		const common = { sentence: s.index, fact, template: 'acronym' as const };
		drafts.push({ ...common, type: 'short', prompt: `What does ${acr.short} stand for?`, answer: acr.long, score });
		drafts.push({ ...common, type: 'short', prompt: `Which acronym stands for ${acr.long}?`, answer: acr.short, score: score * 0.8 });
	}
	return drafts;
}
