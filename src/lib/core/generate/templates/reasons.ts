/**
 * Understanding, not only recall: "why" questions from the causes and
 * purposes a sentence gives ("… because Seoul cannot persuade Washington",
 * "… so that the lander could …", "That is why …"), beside the "what was the
 * result" questions of `results.ts`. Answered by the article's own clause, as
 * a flashcard the learner grades.
 */
import type { Proposition } from '../clauses';
import { render, textWith } from '../clauses';
import type { Analysis, Edit, Sentence } from '../types';
import { lookup } from '../lookup';
import { pronounEdit } from '../pronouns';
import { capital, isFinite } from '../tokens';
import type { Draft, TemplateContext } from './draft';
import { factKey } from './draft';
import { whyQuestion } from './forms';
import { actsForPurpose, MODAL, MOST_ANSWER_WORDS, tidy, UNDERSTANDING, wordCount } from './clause-answers';
import { resultDraft } from './results';
import { frontedWhyDraft } from './fronted-reasons';
import { askedWell, COUNTS_UNNAMED, HALF_QUOTED } from './why-asked';

/** Words that open a reason or a purpose inside a sentence. */
const REASON =
	/,?\s+(?:(because(?:\s+of)?|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|for\s+lack\s+of|for\s+fear\s+of|over\s+fears\s+of)|(so\s+that|in\s+order\s+to|in\s+an\s+attempt\s+to|in\s+a\s+bid\s+to|hoping\s+to))\s+/i;
/** Nouns and words that an infinitive completes ("a plan to build", "the first to cross", "the only way to"). */
const NAMES_BY_TO =
	/^(?:plans?|attempts?|decision|efforts?|bid|chance|right|way|permission|power|ability|need|proposals?|campaign|move|calls?|promises?|offers?|requests?|agreement|deal|order|time|reasons?|incentives?|first|second|third|last|only|next|enough|too|commitments?|opposition|resistance|return|road|path|key|answer|response|threat|access|devotion|loyalty|alternative|approach|visit|route|invitations?|opportunit(?:y|ies)|licen[cs]e|mandate|instructions?|orders|freedom|pressure|desire|wish|willingness|obligation|duty)$/i;
/** Verbs whose object is followed by "to" and a verb they govern ("asked Congress to declare war"): no purpose. */
const GOVERNS_TO =
	/^(?:ask|allow|permit|persuad|press|tell|told|forc|invit|urg|encourag|want|expect|help|order|requir|enabl|caus|get|got|teach|taught|remind|advis|instruct|convinc|pressur|push|oblig|prompt|inspir|lead|led|need|prepar|agree|decid|tr[iy]|fail|refus|promis|offer|threaten|attempt|plan|hope|manag|continu|choos|chose|begin|began|start|seem|appear|use|have|had|be|was|were|is|are|go|went|vot|mov|lik|lov|hat|prefer|wish|intend|aim|struggl|set|arrang|forb[ia]d|entitl|authori[sz]|empower|compel|command|put)/i;

/**
 * A second clause joined after a reason ("so that it would fit, and the company saw …") is another fact, not the reason; so is
 * a second verb of the clause asked ("because of plague and was finally fixed for 5 November").
 */
const SECOND_CLAUSE =
	/,\s+(?:and|but|yet)\s|\s+and\s+(?=(?:was|were|had|has|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b)|\s+but\s+(?=(?:becomes|became|is|was|are|were|has|had|gets|got|remains|remained)\b)/iu;
/** The reason as an answer: cut before a second clause. */
const reasonOnly = (text: string) => {
	const cut = SECOND_CLAUSE.exec(text);
	return cut ? text.slice(0, cut.index) : text;
};
/**
 * A purpose written as a bare infinitive after the clause's object or place ("walked to Dandi to protest
 * against the salt tax", "issued a statement to calm the markets"), where nothing before it governs the "to".
 */
function purposeAt(s: Sentence, p: Proposition): number | undefined {
	const tokens = s.tokens.filter((t) => t.start >= p.start && t.end <= p.end);
	for (let i = 3; i + 1 < tokens.length; i++) {
		const [before, to, verb] = [tokens[i - 1], tokens[i], tokens[i + 1]];
		if (to.text !== 'to' || !verb.tags.has('Infinitive') || !['Noun', 'ProperNoun', 'Value', 'Unit'].some((tag) => before.tags.has(tag))) continue;
		if (tokens.slice(0, i).some((t) => GOVERNS_TO.test(t.text) && t.tags.has('Verb'))) return undefined;
		// "…, asking dancers to stamp", "…, which required manufacturers to prove": the infinitive is the aside's, not the clause's purpose.
		if (/,\s+(?:which|who|whom|whose|\p{Ll}+ing)\b/u.test(s.text.slice(p.start - s.start, to.start - s.start))) return undefined;
		// "did not raise their arms to protect themselves": what was not done had no purpose; it is the purpose that went unserved.
		if (tokens.slice(0, i).some((t) => /^(?:not|never|n't)$/i.test(t.text))) return undefined;
		// "arranged for her to study": "for" makes the infinitive's subject, not a purpose; "sachets to be dissolved" says what the thing is for.
		if (tokens[i - 2]?.text === 'for' || verb.text === 'be') return undefined;
		// "the second woman to earn", "a plan … to build": the infinitive says which one, not why.
		if (tokens.slice(0, i).some((t) => NAMES_BY_TO.test(t.text) || t.tags.has('Ordinal') || t.tags.has('Superlative'))) return undefined;
		// "ran out of reserves to defend the baht", "gave a ship 20 days to unload", "gave the Bank operational independence to set
		// interest rates": what the means, the time or the leave were for, not why the clause happened.
		if (
			/^(?:reserves|money|funds|resources|means|time|power|powers|strength|capacity|room|cash|independence|freedom|right|rights|authority|permission|licence|license|leave|mandate|ability|chance|opportunity|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|generations?)$/i.test(
				before.text
			)
		)
			return undefined;
		return to.start;
	}
	return undefined;
}

/**
 * "He chose to clear an area he had left alone earlier, …, because digging there would have blocked …":
 * a clause of its own after the main verb ("he had left"), or a participle just before the reason, is nearer the reason,
 * which may be its and not the main clause's.
 */
function embeddedClauseBefore(s: Sentence, from: number, to: number): boolean {
	const tokens = s.tokens.filter((t) => t.start >= from && t.end <= to);
	const main = tokens.findIndex(isFinite);
	// "a solution of chlorinated lime, chosen because …": the reason is the participle's.
	const last = tokens[tokens.length - 1];
	if (last && tokens.length - 1 > main && last.tags.has('Participle') && /,\s*$/.test(s.text.slice(0, last.start - s.start))) return true;
	if (tokens.some((t, i) => i > main + 1 && isFinite(t) && /^(?:he|she|it|they|who|which|that)$/i.test(tokens[i - 1].text))) return true;
	// "… the innovator's dilemma, in which a market leader hesitates … because it would undermine profits": the reason is the
	// relative clause's, whose verb comes after its "which".
	const relative = /,\s+(?:(?:in|on|at|by|for|under|through|with)\s+)?(?:which|whom|whose|where)\s/.exec(
		s.text.slice(tokens[main]?.end - s.start, to - s.start)
	);
	const opensAt = relative && tokens[main] ? tokens[main].end + relative.index : undefined;
	return opensAt !== undefined && tokens.some((t) => t.start > opensAt && isFinite(t));
}

/** A "why" draft for a sentence whose main clause gives its reason or purpose after the clause. */
function whyDraft(ctx: TemplateContext, s: Sentence, p: Proposition): Draft | undefined {
	const { a } = ctx;
	const body = a.text.slice(p.start, p.end);
	// A cue word opens the reason ("because", "so that"); a bare purpose starts at its own "to".
	const cue = REASON.exec(body);
	const cueStart = cue ? p.start + cue.index : purposeAt(s, p);
	if (cueStart === undefined || cueStart - p.start < 12) return undefined;
	const cueWord = cue ? (cue[1] ?? cue[2]).toLowerCase().replace(/\s+/g, ' ') : '';
	// "X argued that Y, because Z": the reason belongs to Y, which a why-question of X's clause would not ask.
	if (
		/\b(?:said|says|argued?|argues|believes?|believed|claimed?|claims|thinks?|thought|warned|told|suggests?|suggested|reasoned|concluded|wrote|insisted|held|ruled|found|recalled|recalls|remembered|noted|notes|explained|admitted|acknowledged|observed|complained)\b/.test(
			body.slice(0, cueStart - p.start)
		)
	)
		return undefined;
	if (embeddedClauseBefore(s, p.start, cueStart)) return undefined;
	// "To mark the occasion, the association retired the number, so that …": an opening purpose is no part of what is asked.
	const opening = /^To\s+[^,]{3,80},\s+/.exec(body);
	const from = opening && opening[0].length < cueStart - p.start ? p.start + opening[0].length : p.start;
	const asked = askedWell(whyQuestion(a, { ...p, start: from }, cueStart));
	if (!asked) return undefined;
	// "Why did both plans fail, I suspect?": the writer's own view is asked as theirs.
	const aside = /,?\s*(?:I|we)\s+(?:suspect|think|believe|would argue|argue)\b,?/;
	const prompt = aside.test(asked) ? `According to the author, ${asked.replace(aside, '').replace(/^Why/, 'why')}` : asked;
	const reason = tidy(reasonOnly(textWith(a, p.edits, cue ? cueStart + cue[0].length : cueStart, p.end)));
	// "canals fed the fields, many of them unlined and leaking, so that much of the water soaked away": the reason is the aside's.
	if (/,\s*(?:many|some|most|all|none|each|both|several|one|two|three)\s+of\s+(?:them|which|whom)\b[^,]*,?\s*$/i.test(body.slice(0, cueStart - p.start)))
		return undefined;
	// ", so that much of the water soaked away", "the bubbles make the water lighter so that it rises faster still": with no "could"
	// or "would", after a comma or a subject that does nothing on purpose, "so that" tells what followed, a result.
	if (cueWord === 'so that' && !MODAL.test(reason) && (cue?.[0].startsWith(',') || !actsForPurpose(a, p))) return undefined;
	const answer = capital(`${cueWord} ${reason}`.trim());
	// "because of gangrene" names its cause in one word; "because of this" names none.
	const oneWord =
		/^(?:because of|due to|owing to|for lack of|for fear of)$/.test(cueWord) &&
		/^\p{Ll}{4,}$/u.test(reason) &&
		!/^(?:this|that|these|those|them|which)$/.test(reason);
	if ((wordCount(reason) < 2 && !oneWord) || wordCount(answer) > MOST_ANSWER_WORDS) return undefined;
	// "To replace him": a short purpose whose object is a pronoun names no one the card shows; "To add a third" counts things it
	// does not name.
	if (wordCount(reason) <= 3 && /\b(?:him|her|them|it)$/i.test(reason)) return undefined;
	// "Why do the objections deserve a fair hearing? Because they are real": that the asked thing is real, true or serious says
	// nothing of why ("because they are so predictable" does).
	if (/^(?:they|it|he|she)\s+(?:is|are|was|were)\s+(?:real|true|valid|serious|important|genuine|right|fair)$/.test(reason)) return undefined;
	if (COUNTS_UNNAMED(answer)) return undefined;
	// "To draw up a plan": a purpose that names only a plan or a deal, not what it was for, tells nothing.
	if (
		/^(?:to\s+)?\p{Ll}+(?:\s+(?:up|out|down|on|in|off))?\s+(?:a|an|some|the)\s+(?:plan|scheme|deal|solution|response|decision|agreement|proposal|strategy|programme|program|report|statement|meeting|way)$/u.test(
			reason
		)
	)
		return undefined;
	// "Thanks to one stubborn official": a cause named by no more than "one" or "a" something tells nothing.
	if (/^(?:a|an|one|some)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+$/u.test(reason)) return undefined;
	return {
		type: 'flashcard',
		template: 'why',
		prompt,
		answer,
		sentence: s.index,
		fact: factKey('why', prompt, s),
		score: ctx.scores[s.index].fact * UNDERSTANDING
	};
}

/** "It failed as a cure …, but it later proved valuable …": the joined clause's "it" or "they" is the first one, which an edit already names. */
function carriedSubject(s: Sentence, p: Proposition, start: number): Edit | undefined {
	const pronoun = s.tokens.find((t) => t.start >= start);
	const first = s.tokens[0];
	const named = first && p.edits.find((e) => e.start === first.start && e.end === first.end);
	if (!pronoun || !named || !/^(?:it|they)$/.test(pronoun.text) || first.text.toLowerCase() !== pronoun.text) return undefined;
	return { start: pronoun.start, end: pronoun.end, text: named.text.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase()) };
}

/**
 * "Her parents supported her ambitions, and in 1907 she moved to Berlin so that …": a "he" or "she" opening the joined clause is
 * the person the article is telling of, when the first clause names no one it could mean instead.
 */
function personAfterJoin(a: Analysis, s: Sentence, start: number): Edit | undefined {
	if (
		lookup(a)
			.mentionsIn(s.index)
			.some((m) => m.kind === 'person' && m.start < start)
	)
		return undefined;
	const edit = pronounEdit(a, s, start);
	return edit && /^(?:he|she)$/i.test(a.text.slice(edit.start, edit.end)) ? edit : undefined;
}

/** A noun with no determiner and the past participle that describes it: "motorcycle goggles sealed with paraffin wax". */
const LISTED_THING = /^\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+\p{Ll}+ed\s+(?:with|by|from|in)\b/u;

/** "The fog even seeped indoors, and a performance … was abandoned because …": the clause after ", and" or ", but" gives the reason, asked alone. */
function secondClauseWhy(ctx: TemplateContext, s: Sentence, p: Proposition): Draft | undefined {
	const joins = [...ctx.a.text.slice(p.start, p.end).matchAll(/,\s+(?:and|but)\s+/g)].reverse();
	for (const join of joins) {
		const start = p.start + (join.index ?? 0) + join[0].length;
		// "She wore a swimsuit …, and motorcycle goggles sealed with paraffin wax to keep …": a bare noun and its participle are one
		// more thing she wore, not a clause with a subject of its own.
		if (LISTED_THING.test(ctx.a.text.slice(start, p.end))) continue;
		const carried = carriedSubject(s, p, start) ?? personAfterJoin(ctx.a, s, start);
		const second = {
			...p,
			start,
			edits: [...p.edits.filter((e) => e.start >= start), ...(carried ? [carried] : [])],
			blocked: p.blocked.filter((c) => c.start >= start)
		};
		const why = whyDraft(ctx, s, second) ?? frontedWhyDraft(ctx, s, second, true);
		if (why) return why;
	}
	return undefined;
}

/** "That is why auroras appear in an oval": the sentence asks why, and the one before it answers. */
const THAT_IS_WHY = /^(?:That|This)(?:\s+is|['’]s)\s+(?:partly\s+|largely\s+|precisely\s+)?why\s+/;

/**
 * A "why" card answered by a whole clause: a reason that opens on a pronoun or a pointer ("They are right that …", "This first
 * response is slow") names nothing the card shows. `answeredIn` is the sentence that holds the answer, which it is checked against.
 */
function clauseWhy(ctx: TemplateContext, s: Sentence, asked: string, answer: string, answeredIn: number): Draft | undefined {
	if (wordCount(answer) < 4 || wordCount(answer) > MOST_ANSWER_WORDS || HALF_QUOTED(answer) || /^(?:They|It|He|She|This|These|Those|That|We|I)\b/.test(answer))
		return undefined;
	return {
		type: 'flashcard',
		template: 'why',
		prompt: asked,
		answer,
		sentence: answeredIn,
		fact: factKey('why', asked, s),
		score: ctx.scores[s.index].fact * UNDERSTANDING
	};
}

/** A "why" draft for "That is why …", answered by the sentence before it in the paragraph. */
function thatIsWhyDraft(ctx: TemplateContext, s: Sentence, p: Proposition): Draft | undefined {
	const { a } = ctx;
	const cue = THAT_IS_WHY.exec(a.text.slice(p.start, p.end));
	const prev = a.sentences[s.index - 1];
	if (!cue || !prev || prev.paragraph !== s.paragraph) return undefined;
	const start = p.start + cue[0].length;
	const asked = askedWell(whyQuestion(a, { ...p, start, edits: p.edits.filter((e) => e.start >= start), blocked: p.blocked.filter((c) => c.start >= start) }));
	const reason = ctx.props[prev.index][0];
	return asked && reason ? clauseWhy(ctx, s, asked, capital(tidy(render(a, reason))), prev.index) : undefined;
}

/** "…, which is why lightning appears to flicker": the clause after the cue, up to a semicolon, is asked; the clause before answers. */
const WHICH_IS_WHY = /,\s+which\s+is\s+(?:partly\s+|largely\s+|mainly\s+)?why\s+/;

/** A "why" draft for "X, which is why Y", answered by X. */
function whichIsWhyDraft(ctx: TemplateContext, s: Sentence, p: Proposition): Draft | undefined {
	const { a } = ctx;
	const cue = WHICH_IS_WHY.exec(a.text.slice(p.start, p.end));
	if (!cue) return undefined;
	const at = p.start + (cue.index ?? 0);
	const start = at + cue[0].length;
	const semicolon = a.text.slice(start, p.end).search(/[;:]/);
	const end = semicolon < 0 ? p.end : start + semicolon;
	const asked = askedWell(whyQuestion(a, { ...p, start, end, edits: p.edits.filter((e) => e.start >= start && e.end <= end), blocked: [] }));
	if (!asked) return undefined;
	return clauseWhy(ctx, s, asked, capital(tidy(render(a, { ...p, end: at, edits: p.edits.filter((e) => e.end <= at), blocked: [] }))), s.index);
}

/** "So why ban phones at all?": a why-question the article asks itself, its opening connective dropped. */
const ASKED_WHY = /^(?:(?:So|But|And|Then),?\s+)?(why\s+[^?]{8,120}\?)$/i;

/** "So why ban phones at all? Because school is for learning, …": the article's own question, answered by the reason that follows it. */
function askedAndAnswered(ctx: TemplateContext, s: Sentence): Draft | undefined {
	const asked = ASKED_WHY.exec(s.text.trim());
	const next = ctx.a.sentences[s.index + 1];
	if (!asked || !next || next.paragraph !== s.paragraph || !/^Because\s/.test(next.text)) return undefined;
	// "Why does it matter?": a question that leans on what came before asks nothing the card shows.
	if (/\b(?:it|its|this|that|these|those|they|them|he|she|him|her)\b/i.test(asked[1])) return undefined;
	// In a piece the writer argues in the first person, the question they ask and answer is their argument, asked as theirs.
	const prompt = argued(ctx.a) ? `According to the author, ${asked[1].replace(/^Why/, 'why')}` : capital(asked[1]);
	return clauseWhy(ctx, next, prompt, next.text.trim().replace(/[.!]$/, ''), next.index);
}

/** Whether the writer argues in the first person ("My argument is simple", "I do not pretend otherwise"), outside quotations. */
function argued(a: TemplateContext['a']): boolean {
	const own = a.text.replace(/[“"][^”"]*[”"]/g, '');
	return (own.match(/\b(?:I|my|My)\b/g) ?? []).length >= 2;
}

/** Why and what-was-the-result drafts for every sentence that gives a reason, a purpose or a result. */
export function reasonDrafts(ctx: TemplateContext): Draft[] {
	const drafts: Draft[] = [];
	for (const s of ctx.a.sentences) {
		const main = ctx.props[s.index][0];
		const answered = askedAndAnswered(ctx, s);
		if (answered) drafts.push(answered);
		if (!main || s.text.trimEnd().endsWith('?')) continue;
		const why =
			thatIsWhyDraft(ctx, s, main) ?? whichIsWhyDraft(ctx, s, main) ?? whyDraft(ctx, s, main) ?? frontedWhyDraft(ctx, s, main) ?? secondClauseWhy(ctx, s, main);
		if (why) drafts.push(why);
		const result =
			resultDraft(ctx, s, main) ?? ctx.props[s.index].slice(1).reduce<Draft | undefined>((found, sub) => found ?? resultDraft(ctx, s, sub), undefined);
		if (result) drafts.push(result);
	}
	return drafts;
}
