/**
 * A candidate question before gates and ranking, and what every template
 * shares: fact keys, kind weights, the person helpers.
 */
import { slugify } from '../../bank/ids';
import { hashString } from '../../bank/hash';
import type { QuestionType } from '../../bank/schema';
import type { Proposition } from '../clauses';
import type { SentenceScore } from '../score';
import type { Analysis, EntityKind, Sentence, Template } from '../types';
import { literal } from '../pattern';

/** A question a template proposes; gates and ranking decide whether it ships. */
export type Draft = {
	type: QuestionType;
	template: Template;
	prompt: string;
	answer: string | boolean;
	accept?: string[];
	choices?: string[];
	explanation?: string;
	sentence: number;
	fact: string;
	score: number;
};

/** What templates read: the analysis, sentence scores and each sentence's propositions. */
export type TemplateContext = { a: Analysis; scores: SentenceScore[]; props: Proposition[][] };

/** How much a blank on each kind of entity is worth: amounts and names carry a story; a date is often its least part. */
export const KIND_WEIGHT: Record<EntityKind, number> = {
	person: 0.9,
	date: 0.8,
	number: 0.95,
	acronym: 0.9,
	// Places and bodies are often guessed from the sentence around them ("vis-a-vis ____", "with South Korea and ____").
	org: 0.75,
	place: 0.6,
	// "the ____ voyage", "a ____ attempt": an ordinal is counted from the text around it, not remembered.
	ordinal: 0.4,
	name: 0.8,
	term: 0.7
};

/** A fact stated in a subordinate clause ("after the talks had failed") weighs a little less than one its sentence states. */
export const clauseWeight = (p: Proposition) => (p.kind === 'sub' ? 0.92 : 1);

/** The key of a fact: questions asking the same thing of the same sentence share it (and one schedule). */
export function factKey(family: string, focus: string, s: Sentence): string {
	const slug = slugify(focus, 'fact').slice(0, 40).replace(/-+$/, '');
	return `${slug}-${hashString(`${family}|${focus}|${s.text}`).slice(-5)}`;
}

/** The key of what a sentence states: its blanks, true/false and who-said questions are one fact, asked several ways. */
export function statementKey(s: Sentence): string {
	const opening = s.text.split(/\s+/).slice(0, 6).join(' ');
	return factKey('statement', opening, s);
}

/** Other accepted answers for a person: their full name and every short form, except the answer itself. */
export function personAccept(a: Analysis, key: string, answer: string): string[] | undefined {
	const p = a.people.get(key);
	if (!p) return undefined;
	// "II" of "Elizabeth II" is no way to name anyone.
	const all = [p.name, ...p.aliases].filter((x) => x !== answer && !/^[IVXL]+$/.test(x));
	return all.length ? all : undefined;
}

/** Does a text name the given person (in full or by a short form)? */
export function namesPerson(a: Analysis, key: string, text: string): boolean {
	const p = a.people.get(key);
	if (!p) return false;
	return [p.name, ...p.aliases].some((n) => namePattern(n).test(text));
}

const namePatterns = new Map<string, RegExp>();
/** The pattern of a name as whole words, compiled once per name. */
function namePattern(name: string): RegExp {
	let re = namePatterns.get(name);
	if (!re) {
		re = new RegExp(`(^|[^\\p{L}])${literal(name)}($|[^\\p{L}])`, 'u');
		// Names of one article at a time: the cache is emptied rather than let grow across many articles.
		if (namePatterns.size >= 10_000) namePatterns.clear();
		namePatterns.set(name, re);
	}
	return re;
}
