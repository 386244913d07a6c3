/**
 * The signs that a blank on a person is a side figure or given away by the
 * words around it: one of a list, a relative, a post that names its holder,
 * the person a profile is about. Part of how good a blank a mention makes
 * (blank-weight.ts).
 */
import { inFirmName } from '../context';
import { mainPersonOf } from '../extract/index';
import { ROLE_NOUNS, TRADE_NOUNS } from '../extract/lexicon';
import { lookup } from '../lookup';
import { literal } from '../pattern';
import type { Analysis, Mention } from '../types';
import { LIST_OF_THREE, NEXT_IN_LIST } from './name-lists';

/** The weight of a blank on a person, from the 30 characters either side of it; undefined when nothing marks it. */
export function personWeight(a: Analysis, m: Mention, before: string, after: string): number | undefined {
	// "the relief parties of ____, John McKinlay, William Landsborough and Frederick Walker": one of a list of three names or more
	// is a name to match, not a fact; a pair ("____ and Deputy Prime Minister Mieczysław Jagielski signed") is not a list.
	const rest = a.text.slice(m.end, a.sentences[m.sentence].end);
	if (LIST_OF_THREE.test(rest) || (/\p{Lu}[\p{L}-]*,\s+$/u.test(before) && NEXT_IN_LIST.test(rest))) return 0.4;
	// "the historians ____ and Noel Loos", "Two detectives, ____ and Wilfred Young": one of a pair the article names by their trade
	// is a side figure (reviewers kept 1 of 12); "work by ____ and Drew Weissman" names the pair that did the work.
	const lead = a.text.slice(Math.max(a.sentences[m.sentence].start, m.start - 80), m.start);
	const first = /^,?\s+and\s+\p{Lu}/u.test(after) ? /\b(\p{Ll}{3,})s,?\s+$/u.exec(lead) : null;
	const plural = (first ?? /\b(\p{Ll}{3,})s,?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+and\s+$/u.exec(lead))?.[1];
	if (plural && (ROLE_NOUNS.has(plural) || TRADE_NOUNS.has(plural) || /(?:er|or|ist|ian|ive)$/.test(plural))) return 0.4;
	// "Australia John Landy", "Thomas Andrews of Harland": a name of four words or more, or with "of", is two things run together.
	if ((m.text.split(/\s+/).length >= 4 && !a.people.get(m.key)?.familyFirst) || /\sof\s/.test(m.text)) return 0;
	if (/^\s+\p{Lu}[\p{L}-]+/u.test(after) && !/^\s+(?:and|of|in|on|at|to|for|with)\b/i.test(after)) return 0;
	// "____ & Johnson": a surname inside a firm's name.
	if (inFirmName(a, m)) return 0;
	const person = a.people.get(m.key);
	if (person && !person.familyFirst && m.text !== person.name && person.name.startsWith(`${m.text} `)) return 0.3;
	// "____ appeared to give way, but … feared that the king meant …": the monarch the article titles so is named by "the king" beside the blank.
	const rank = person && new RegExp(`\\b(King|Queen|Emperor|Empress|Pope|Tsar|Sultan)\\s+${literal(person.name)}`).exec(a.text)?.[1];
	if (rank && new RegExp(`\\bthe\\s+${rank.toLowerCase()}\\b`).test(a.sentences[m.sentence].text)) return 0.3;
	// The person a profile is about is the answer anyone guesses first.
	if (mainPersonOf(a) === m.key) return 0.4;
	// "A 2016 study led by ____": who led a study is its label; what it found is the fact.
	if (/\b(?:study|review|report|paper|survey|research|team|trial)\s+(?:led|written|conducted|carried out|published)\s+by\s+$/.test(before)) return 0.4;
	// "his sponsor ____", "her father ____", "with his wife, ____,", "the daughter of ____": relatives and backers are side figures of the story.
	if (
		/\b(?:his|her|their)\s+(?:wife|husband|father|mother|son|daughter|brother|sister|sponsor|patron|friend|uncle|aunt|cousin),?\s+$/i.test(before) ||
		/\b(?:the\s+)?(?:son|daughter|child|children)\s+of\s+$/i.test(before)
	)
		return 0.4;
	// Someone known to the article by a given name alone ("his wife Henrietta") is a minor figure.
	if (person && !person.name.includes(' ')) return 0.4;
	// "____, then prime minister, seized on the row": a post the aside gives at once names its holder.
	if (/^,\s+(?:then|the\s+then|now|later|at\s+the\s+time)\s+\p{Ll}/u.test(after)) return 0.4;
	// "Chinese leader ____", "Queen ____": the role before the blank all but names the answer.
	if (
		lookup(a)
			.rolesIn(m.sentence)
			.some((r) => r.source === 'title' && r.end <= m.start && m.start - r.end <= 2)
	)
		return 0.4;
	if (/^\s+(?:Emperor|II|III|IV|I)\b/.test(after) || /\b(?:Queen|King|Pope|Prince|Princess|Emperor)\s+$/.test(before)) return 0.4;
	return undefined;
}
