/**
 * Roles: what the article says a person is. A title before the name
 * ("South Korean Foreign Minister Kang Kyung-wha", "Chinese leader Xi
 * Jinping"), an appositive after it ("Joel Wit, a senior fellow at the
 * Stimson Center"), "X served as Y" and "the Y of Z was X".
 */
import type { Mention, Role, Sentence } from '../types';
import type { Chunk } from './chunks';
import { ROLE_NOUNS } from './lexicon';

const MODIFIERS = new Set(
	'former new senior deputy associate acting chief opposition foreign finance defence defense prime vice then-president interim'.split(' ')
);
/** "Washington, D.C." and "Paris, France" keep an appositive going past their comma. */
const RUNS_ON = /^,\s*(?:D\.C\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]+(?=,))/;

/** One-word titles that say too little to be asked about ("President"). */
const GENERIC = new Set('president leader minister official chairman chief director secretary king queen emperor general'.split(' '));

const hasRoleNoun = (text: string) =>
	text
		.toLowerCase()
		.split(/[\s,]+/)
		.slice(0, 8)
		.some((w) => ROLE_NOUNS.has(w.replace(/['’]s$/, '')));

/** Title and lowercase role words right before a name: "Chinese leader", "ISRO chairman", "opposition leader". */
function roleBefore(s: Sentence, chunk: Chunk): { start: number; end: number } | undefined {
	let start = chunk.title.length ? chunk.title[0].start : chunk.start;
	let roleWord = chunk.title.length > 0;
	for (let i = chunk.first - chunk.title.length - 1, steps = 0; i >= 0 && steps < 3; i--, steps++) {
		const t = s.tokens[i];
		if (s.text.slice(t.end - s.start, start - s.start) !== ' ') break;
		const w = t.text.toLowerCase();
		const lowerRole = /^\p{Ll}/u.test(t.text) && ROLE_NOUNS.has(w);
		const modifier =
			MODIFIERS.has(w) || t.tags.has('Demonym') || /^\p{Lu}{2,}$/u.test(t.text) || (roleWord && /^\p{Lu}/u.test(t.text) && t.tags.has('ProperNoun'));
		if (lowerRole) roleWord = true;
		else if (!(roleWord && modifier)) break;
		start = t.start;
	}
	if (!roleWord) return undefined;
	return { start, end: chunk.title.length ? chunk.title[chunk.title.length - 1].end : s.tokens[chunk.first - 1].end };
}

/** An appositive after a name: ", a senior fellow at the Stimson Center in Washington, D.C.," */
function roleAfter(s: Sentence, chunk: Chunk): { start: number; end: number } | undefined {
	const rest = s.text.slice(chunk.end - s.start);
	const served = /^\s+served as (?:the |an? )?([\p{Ll}][\p{L}\s-]+?)(?=[.,;]|$)/u.exec(rest);
	if (served) {
		const start = chunk.end + rest.indexOf(served[1]);
		return { start, end: start + served[1].length };
	}
	const open = /^,\s+(?:(?:then|once|now|formerly)\s+)?/.exec(rest);
	if (!open || !/^(?:a|an|the|\p{Ll})/u.test(rest.slice(open[0].length))) return undefined;
	// "Gideon, in an effort organised by Minnesota's attorney general, …": an aside that opens with a preposition or a
	// conjunction says how or when, not who the person is.
	if (
		/^(?:in|on|at|by|for|from|with|without|as|after|before|during|while|when|where|which|who|whose|whom|and|but|or|so|to|like|unlike|despite|through|under)\b/.test(
			rest.slice(open[0].length)
		)
	)
		return undefined;
	let end = open[0].length;
	while (end < rest.length) {
		const comma = rest.indexOf(',', end);
		const stop = comma < 0 ? rest.length : comma;
		if (comma >= 0 && RUNS_ON.test(rest.slice(comma))) {
			end = comma + (RUNS_ON.exec(rest.slice(comma))?.[0].length ?? 1);
			continue;
		}
		end = stop;
		break;
	}
	// A full stop that ends the sentence is not part of the role, unless it closes an abbreviation (D.C.).
	const text = rest.slice(open[0].length, end).replace(/(?<!\b\p{Lu})[.!?]+$/u, '');
	if (!hasRoleNoun(text) || text.split(/\s+/).length > 18) return undefined;
	const start = chunk.end + open[0].length;
	return { start, end: start + text.length };
}

/** "The project director of Chandrayaan-3 was P. Veeramuthuvel". */
function roleByCopula(s: Sentence, chunk: Chunk): { start: number; end: number } | undefined {
	const before = s.text.slice(0, chunk.start - s.start);
	const m = /\b[Tt]he ((?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+(?: of [\p{L}\d-]+(?: [\p{L}\d-]+){0,2})?) (?:was|is) $/u.exec(before);
	if (!m || !hasRoleNoun(m[1])) return undefined;
	const start = s.start + (m.index ?? 0) + m[0].indexOf(m[1]);
	return { start, end: start + m[1].length };
}

/** Finds the roles of the people mentioned in a sentence. */
export function findRoles(s: Sentence, chunks: Chunk[], personMentions: Mention[]): Role[] {
	const roles: Role[] = [];
	for (const chunk of chunks) {
		const person = personMentions.find((m) => m.start === chunk.start && m.kind === 'person');
		if (!person) continue;
		const found: [Role['source'], { start: number; end: number } | undefined][] = [
			['appositive', roleAfter(s, chunk)],
			['appositive', roleByCopula(s, chunk)],
			['title', roleBefore(s, chunk)]
		];
		for (const [source, span] of found) {
			if (!span) continue;
			const text = s.text.slice(span.start - s.start, span.end - s.start);
			const core = text.replace(/^(?:former|new|then|then-|late|acting|current)\s*/i, '').trim();
			if (!/\s/.test(core) && GENERIC.has(core.toLowerCase().replace(/^then-/, ''))) continue;
			roles.push({ person: person.key, text, sentence: s.index, start: span.start, end: span.end, source });
		}
	}
	return roles;
}
