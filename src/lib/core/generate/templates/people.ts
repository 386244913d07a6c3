/**
 * "Who is X?" and the reverse, "Who is <role>?", from the roles the article
 * gives its people. Wrong choices are other roles (for roles) and other
 * people (for people), from the same article.
 */
import { arrangeChoices, distractorsFor } from '../distractors';
import { usualName } from '../context';
import { lookup } from '../lookup';
import { toldOfThePast } from '../extract/dates';
import type { Analysis, Role, Token } from '../types';
import type { Draft, TemplateContext } from './draft';
import { factKey, namesPerson, personAccept } from './draft';

/** The most telling role of each person: an appositive over a title, a longer one over a shorter. */
function bestRoles(a: Analysis): Role[] {
	const best = new Map<string, Role>();
	for (const r of a.roles) {
		if (namesPerson(a, r.person, r.text)) continue;
		const seen = best.get(r.person);
		const rank = (x: Role) => (x.source === 'appositive' ? 100 : 0) + Math.min(60, x.text.length);
		if (!seen || rank(r) > rank(seen)) best.set(r.person, r);
	}
	return [...best.values()].sort((x, y) => x.start - y.start);
}

/** The texts of the first `count` other roles of the same source as `role` (a title, or an appositive), in order. */
function firstOthers(roles: Role[], role: Role, count: number): string[] {
	const out: string[] = [];
	for (const r of roles) {
		if (out.length >= count) break;
		if (r !== role && r.source === role.source) out.push(r.text);
	}
	return out;
}

/** A "Who was the German chemist?" whose role names no post or work weighs this much of one that does. */
const VAGUE_ROLE = 0.3;

/** "Who is a senior fellow at …?" reads well; a bare title wants "the": "Who is the South Korean Foreign Minister?" */
function asPredicate(role: Role): string {
	return /^(a|an|the|one)\s/i.test(role.text) ? role.text : `the ${role.text}`;
}

/** Who-is drafts: the role as a flashcard and as a choice among roles, and the person as a choice among people. */
export function peopleDrafts(ctx: TemplateContext): Draft[] {
	const { a } = ctx;
	const roles = bestRoles(a);
	const drafts: Draft[] = [];
	// Roger Enrico headed Pepsi in 1985: a story long past asks who someone was.
	const is = toldOfThePast(a) ? 'was' : 'is';
	for (const role of roles) {
		const person = a.people.get(role.person);
		// "Who is Edward Smith?" answered "Captain" says almost nothing.
		if (!person || !/\s/.test(role.text.replace(/^(?:the|a|an)\s+/i, ''))) continue;
		// "the poet Lord": a title of address ends the role, and asking who holds it names no post.
		if (/\b(?:Lord|Lady|Sir|Dame|Mr|Mrs|Ms|Miss)\.?$/.test(role.text)) continue;
		// "Mr Justice" is how a judge is addressed, not a post to ask who held.
		if (/^(?:Mr|Mrs|Ms|Miss)\b/.test(role.text)) continue;
		const s = a.sentences[role.sentence];
		const fact = factKey('role', person.key, s);
		const freq = lookup(a).mentionsOf(person.key).length;
		// A bare title ("Prime Minister") says less than "a professor at Pusan National University".
		const telling = role.source === 'appositive' || /\p{Lu}.*\s\p{Lu}|\bof\b/u.test(role.text) ? 1 : 0.75;
		// Who someone is matters less than what they did; a quoted expert's affiliation is trivia.
		const expert = lookup(a).speakers.has(person.key) && role.source === 'appositive' ? 0.6 : 1;
		const score = ctx.scores[s.index].fact * 0.6 * expert * telling * Math.min(1, 0.7 + 0.1 * freq);
		const common = { sentence: s.index, fact };
		// "Who is the American economist?": a nationality and a trade fit thousands, and "Who was Ukichiro Nakaya?" answered
		// "Japanese physicist" asks the rubric's job title; both are asked only after the rest. A role that says which post or
		// what work ("the Chinese leader" is one man) names its holder.
		const words = s.tokens.filter((t) => t.start >= role.start && t.end <= role.end && !/^(?:the|a|an)$/i.test(t.text));
		// "South Australian", "North Korean": a compass point before a nationality is part of it, not a name.
		const compass = (i: number) =>
			/^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)$/.test(words[i].text) && !!words[i + 1]?.tags.has('Demonym');
		const names = (t: Token, i: number) => /^\p{Lu}/u.test(t.text) && !t.tags.has('Demonym') && !compass(i);
		const unique = /\b(?:leader|president|premier|king|queen|emperor|empress|chancellor|monarch|ruler|dictator)$/i.test(role.text);
		const vague = !/\b(?:of|at|for|in|on|who|whose|which|that)\b/.test(role.text) && !words.some(names) && words.length <= 3 && !unique;
		const identifies = vague ? VAGUE_ROLE : 1;
		const forward = `Who ${is} ${usualName(a, person)}?`;
		const roleText = role.text.replace(/^(?:new|then|current|now)\s+/i, '');
		drafts.push({ ...common, type: 'flashcard', template: 'role-of', prompt: forward, answer: roleText, score: score * 0.95 * identifies });
		const otherRoles = firstOthers(roles, role, 3);
		if (otherRoles.length >= 3) {
			drafts.push({
				...common,
				type: 'mcq',
				template: 'role-of',
				prompt: forward,
				answer: role.text,
				choices: arrangeChoices(role.text, otherRoles, forward),
				score: score * 0.9 * identifies
			});
		}
		// The mention beside the role ("the Greek philosopher Alexander of Aphrodisias"), not an earlier one ("Alexander's dark band").
		const mentions = lookup(a)
			.mentionsOf(person.key)
			.filter((m) => m.kind === 'person' && m.sentence === s.index);
		const mention = mentions.find((m) => m.end + 1 === role.start || m.start === role.end + 1) ?? mentions.filter((m) => m.end < role.start).pop();
		// "Who was the Lord Justice?" when three judges are: a post others hold in the story names no one.
		const post = (text: string) => text.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
		if (!mention || a.roles.some((r) => r.person !== role.person && post(r.text) === post(role.text))) continue;
		const reverse = `Who ${is} ${asPredicate(role)}?`;
		const wrong = distractorsFor(a, mention, 3, (t) => reverse.includes(t));
		if (wrong.length === 3) {
			drafts.push({
				...common,
				type: 'mcq',
				template: 'who-is',
				prompt: reverse,
				answer: mention.text,
				choices: arrangeChoices(mention.text, wrong, reverse),
				score: score * identifies
			});
		}
		drafts.push({
			...common,
			type: 'short',
			template: 'who-is',
			prompt: reverse,
			answer: mention.text,
			accept: personAccept(a, person.key, mention.text),
			score: score * 0.85 * identifies
		});
	}
	return drafts;
}
