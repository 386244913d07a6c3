/**
 * Stage 6: quality gates. Each is a named check of one emitted question
 * against the article (and the questions ranked before it); a question
 * ships only if it passes them all, and the eval reports the share that do.
 */
import { CLOZE_BLANK } from '../bank/schema';
import type { Question } from '../bank/schema';
import { subordinateClauses } from './clauses';
import { CLEFT_IT, FRONTED_PHRASE, ownedBySubjectNoun } from './pronouns';
import { isFinite, tagText } from './tokens';
import type { Analysis } from './types';
import { classifyChoice } from './choice-kind';
import { lookup, promptTokens } from './lookup';
import { literal } from './pattern';
import { CAUSE_VERBS } from './extract/lexicon';
import { knownWithoutArticle } from './known-answers';

/** What a gate may look at besides the question: the analysed article and the questions ranked before it. */
export type GateContext = { analysis: Analysis; earlier: readonly Question[] };
/** A named quality check; true means the question passes. */
export type Gate = (q: Question, ctx: GateContext) => boolean;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
const wordPatterns = new Map<string, RegExp>();
const ASCII = /^[\x00-\x7f]*$/;

/** Does `text` contain `part` as whole words (case-insensitive)? */
function containsWord(text: string, part: string): boolean {
	// An ASCII part matches only ASCII letters, the Kelvin sign (lower-cased to k) and the long s (ſ, folded to s):
	// a text whose lower case lacks it needs no pattern.
	if (ASCII.test(part) && !text.toLowerCase().replace(/ſ/g, 's').includes(part.toLowerCase())) return false;
	let re = wordPatterns.get(part);
	if (!re) {
		re = new RegExp(`(^|[^\\p{L}\\p{N}])${literal(part)}($|[^\\p{L}\\p{N}])`, 'iu');
		wordPatterns.set(part, re);
	}
	return re.test(text);
}

/** A date answer given with the year the article left out ("January 26, 2021" for "January 26"). */
const WITHOUT_YEAR = /,?\s+\d{4}$/;

/** "It forced …", "It led to …": a result card's answer opens with what its cause did (see the result template). */
const CAUSE_DID = new RegExp(`^It\\s+(?:${Object.values(CAUSE_VERBS).flat().map(literal).join('|')})\\s+`);

/** Does the source sentence say this answer: as written, a date without its added year, a person by a short name? */
function saidIn(source: string, answer: string, a: Analysis): boolean {
	if (source.includes(answer)) return true;
	// "Because of gangrene" is the source's "because of gangrene", a capital added to the word that opens the reason.
	const cue = /^(?:Because(?: of)?|Due to|Owing to|Thanks to|So that)\s/.exec(answer);
	if (cue && source.includes(answer.charAt(0).toLowerCase() + answer.slice(1))) return true;
	// "Because of All Saints' Day" is the source's "because of the holiday", the holiday named as the article names it.
	const named = cue && answer.slice(cue[0].length);
	if (named && /^\p{Lu}/u.test(named) && source.toLowerCase().includes(`${cue[0].toLowerCase()}the `) && words(named).every((w) => articleWords(a).has(w)))
		return true;
	if (WITHOUT_YEAR.test(answer) && source.includes(answer.replace(WITHOUT_YEAR, ''))) return true;
	// "It forced Kim Jong Un to return home" is the source's "…, forcing Kim Jong Un to return home": what the cause did, then the result.
	const did = CAUSE_DID.exec(answer);
	if (did) return saidIn(source, answer.slice(did[0].length), a);
	// A clause answer (a reason, a result) is the source's clause with its names written in full.
	const clause = words(answer);
	if (clause.length >= 5) {
		const own = new Set(words(source));
		const article = articleWords(a);
		return clause.every((w) => article.has(w)) && clause.filter((w) => own.has(w)).length >= 0.7 * clause.length;
	}
	return lookup(a)
		.peopleNamed(answer)
		.some((p) => p.aliases.some((alias) => containsWord(source, alias)));
}

/** The answer stands in the source sentence; a true/false statement uses only the article's words, and a false one differs from its source. */
export const answerInSource: Gate = (q, ctx) => {
	if (!q.source) return false;
	if (q.type !== 'truefalse') return typeof q.answer === 'string' && saidIn(q.source.text, q.answer, ctx.analysis);
	const article = articleWords(ctx.analysis);
	// Statements are restated (names in full, years added, clauses reordered), so their words come from the whole article.
	if (!words(q.prompt).every((w) => article.has(w) || /^\d+$/.test(w))) return false;
	return q.answer === true || words(q.prompt).join(' ') !== words(q.source.text).join(' ');
};

const wordSets = new WeakMap<Analysis, Set<string>>();
/** Every word of the article, once per analysis. */
function articleWords(a: Analysis): Set<string> {
	let set = wordSets.get(a);
	if (!set) wordSets.set(a, (set = new Set(words(a.text))));
	return set;
}

/** The prompt does not contain the answer, nor any accepted form of it (a person's other names included). */
export const noGiveaway: Gate = (q, ctx) => {
	if (typeof q.answer !== 'string') return true;
	const prompt = q.prompt.replace(CLOZE_BLANK, ' ');
	const forms = [q.answer, ...(q.accept ?? [])];
	for (const p of lookup(ctx.analysis).peopleNamed(q.answer)) forms.push(p.name, ...p.aliases);
	if (forms.some((f) => f.trim().length > 1 && containsWord(prompt, f.trim()))) return false;
	// "messenger ____ (mRNA)", "the National Institutes of Health (____)", "____, or ORS": an acronym beside its expansion gives it away.
	if (/_{4}\s*\([\p{L}\d-]{2,8}\)|\(\s*_{4}\s*\)|_{4},?\s+(?:or|known as|called)\s+\p{Lu}{2,6}\b/u.test(q.prompt)) return false;
	// "Pliny the ____": the epithet of a name is read off the name.
	if (/\p{Lu}[\p{L}-]+ the _{4}/u.test(q.prompt)) return false;
	// "the ____ Chiang Rai" answered "city of", or "____" answered "Monday": no fact.
	if (/\s(?:of|in|on|at|to|for|the|a|an|and)$/i.test(q.answer.trim()) || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(q.answer.trim()))
		return false;
	// "____-86 season" can only be 1985; "____, or 2,880 seconds" and "about ____ shots, or roughly 120 in all" print the amount another
	// way (a share after "or", "508 points, or 22.6 per cent", is another fact).
	if (/_{4}-\d{2}\b|_{4}(?:\s+[\p{L}-]+)?,\s+or\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?\d(?![\d.,]*\s*(?:per\s*cent|percent|%))/u.test(q.prompt))
		return false;
	if (knownWithoutArticle(q.answer, q.prompt)) return false;
	// A reason, a result or an outcome ("Because every set of pipes is different") names again what the question asks about; it gives nothing away by that.
	const clause = q.type === 'flashcard' && /^(?:According to the author, )?[Ww]hy\b|\bWhat (?:is|was) the result\?$|^What happen(?:s|ed) when\b/.test(q.prompt);
	return (clause || !sharesStem(q.answer, prompt)) && !spellsAcronym(q.answer, prompt, ctx.analysis) && !inHeadline(q.answer, ctx.analysis);
};

const STEM_STOP = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'into', 'over', 'about', 'after', 'before']);

/** An answer word the prompt holds the start of, or the whole of ("sunshield" and "Sun", "Mongol" and "Mongolia"). */
function sharesStem(answer: string, prompt: string): boolean {
	const theirs = (prompt.match(/[\p{L}]+/gu) ?? []).filter((w) => w.length >= 3 && !STEM_STOP.has(w.toLowerCase()));
	return (answer.match(/[\p{L}]+/gu) ?? []).some((raw) => {
		const word = raw.toLowerCase();
		if (word.length < 5) return false;
		return theirs.some((w) => {
			const lower = w.toLowerCase();
			if (lower === word) return false;
			// A short prompt word counts only as a name ("Sun"), never as a common word ("can" of "Canterbury").
			if (word.startsWith(lower)) return lower.length >= 5 || (/^\p{Lu}/u.test(w) && lower.length >= 3);
			return lower.startsWith(word);
		});
	});
}

/** An acronym whose expansion the prompt spells out ("What does CVID stand for?" is the one fair way round). */
function spellsAcronym(answer: string, prompt: string, a: Analysis): boolean {
	return a.acronyms.some((x) => answer === x.short && containsWord(prompt, x.long)) || initialsIn(answer, prompt);
}

/** "oral rehydration salts, or ____" = "ORS": the initials of words in a row spell the answer. */
function initialsIn(answer: string, prompt: string): boolean {
	if (!/^\p{Lu}{3,6}$/u.test(answer)) return false;
	const initials = prompt
		.split(/[^\p{L}]+/u)
		.filter(Boolean)
		.map((w) => w[0].toLowerCase())
		.join('');
	return initials.includes(answer.toLowerCase());
}

/** An answer the article's headline gives away ("Zheng He" for "The Treasure Fleets of Zheng He"). */
function inHeadline(answer: string, a: Analysis): boolean {
	// A number counts at any length ("18-Day Ordeal"); a word needs three letters to mean anything.
	if (!a.headline || (answer.trim().length <= 2 && !/^\d+$/.test(answer.trim()))) return false;
	const names = [
		answer.trim(),
		...lookup(a)
			.peopleNamed(answer.trim())
			.flatMap((p) => p.aliases)
	];
	return names.some((n) => containsWord(a.headline as string, n));
}

const LEADING =
	/^[“"‘'…\s]*(?:(?:before|after|when|while|once|since|as|although|though|because|if|until)\s+)?(he|she|it|they|his|her|its|their|them|this|that|these|those|such|both|neither|either)\b/i;
/** "Why was neither adopted?", "When did they return?", "When was their reality confirmed?": a question whose subject is a pronoun or opens on one. */
const ASKED_OF_PRONOUN =
	/^(?:why|when|how|what|where|who)\s+(?:did|does|do|was|were|is|are|has|have|had|could|would|will|can)\s+(?:neither|either|both|none|it|they|he|she|this|these|those|their|its)\b/i;
const ANAPHORIC =
	/^(the|this|that|these|those)\s+(?:_{3,}\s+)?(two|three|four|both|call|move|deal|decision|offer|latter|former|same|proposal|statement|plan|leaders|men|pair)\b/i;
/** "Most ignored him, but …", "None of the three returned": a quantity standing for people the sentence before named. */
const COUNTED_SUBJECT =
	/^(?:Most|Many|Some|Few|Others|Several|None|All)\s+(?:\p{Ll}+ed|were|was|had|did|have|are|could|would)\b|^(?:None|All|Each|Both|Neither|Either|Most|Some|Many|One)\s+of\s+(?:the\s+)?(?:two|three|four|five|them|these|those)\b/u;
/** "By 2014 it had grown …": a pronoun subject right after a short opening phrase. */
const EARLY_IT =
	/^\W*(?:[\p{L}\d,_]+\s+){1,3}(it|they)\s+(?:had|has|have|was|were|is|are|would|will|could|did|let|made|ruled|held|said|found|took|gave|won|\p{Ll}{3,}ed)\b/iu;
/** "On July 1, 1940, it tore itself apart": a pronoun subject after a fronted date or place that nothing resolved. */
const FRONTED_IT = /^\W*(?:on|in|by|at|after|before|during|within|until|from)\s[^,]{1,40}(?:,\s*[^,]{1,12})?,\s+(?:it|they)\s/i;
/** "Hertzsprung did so in 1913": what was done is in the sentence before. */
const DID_SO = /\b(?:did|do|does|done|doing)\s+so\b/i;
/** "in that period", "from that date", "the prison held that day": a time the sentence before gave. */
const THAT_TIME =
	/\b(?:in|at|by|during|since|until|from|on|after|before)\s+that\s+(?:time|period|moment|point|stage)\b|\bthat\s+(?:year|day|date)\b(?![-\p{L}])/iu;
/** "On that pass …", "At that frequency …": a prompt that opens on a phrase pointing back to a sentence it does not show. */
const THAT_OPENING = /^(?:On|At|By|After|Before|During|From|In|Since|Until|Under|For)\s+that\s+\p{Ll}/u;
/** Times a demonstrative may name on its own ("this week", "this year"). */
const TIME_WORDS = 'week|year|month|time|day|morning|afternoon|evening|century|decade|spring|summer|autumn|fall|winter|weekend';
/** "this rejection", "these men": a thing the sentence before named; "those whose schools …" says who they are itself. */
const DEMONSTRATIVE = new RegExp(
	`\\b(?:this|these)\\s+(?!(?:${TIME_WORDS})\\b)\\p{L}|\\bthose\\s+(?!(?:${TIME_WORDS}|who|whose|which|that|where)\\b)\\p{L}`,
	'iu'
);

/** "Worked out much of this", "only the green parts of plants do this, and …": a demonstrative standing alone for what the sentence before said. */
const LONE_DEMONSTRATIVE = /\b(?:this|these|those)\s*(?:[,.;:]|$)/i;

/** "Returned to the theme in his novel": a prompt or an answer about a theme, subject or topic the card never names. */
const UNNAMED_THEME = /\bthe\s+(?:theme|subject|topic|matter)\b(?!\s+of\b)/i;

/** The start of a phrase before a sentence's subject, up to a "his" or "her" inside it. */
const OPENER = new RegExp(`^${FRONTED_PHRASE}[^,;:]*(?:,[^,;:]*)?$`, 'u');

/** No pronoun or reference the prompt leaves without its referent ("It was…", "this rejection", "his" before any name). */
export const noDanglingReference: Gate = (q, ctx) => {
	const quoted = /^Who said: “([^]*)”\?$/.exec(q.prompt);
	const body = quoted ? quoted[1] : q.prompt;
	if (
		(LEADING.test(body) && !CLEFT_IT.test(body)) ||
		ASKED_OF_PRONOUN.test(body) ||
		(typeof q.answer === 'string' && (UNNAMED_THEME.test(q.answer) || LONE_DEMONSTRATIVE.test(q.answer))) ||
		UNNAMED_THEME.test(body.replace(/\bthe\s+matter\b/gi, '')) ||
		COUNTED_SUBJECT.test(body) ||
		ANAPHORIC.test(body.trim()) ||
		DEMONSTRATIVE.test(body) ||
		THAT_TIME.test(body) ||
		THAT_OPENING.test(body) ||
		DID_SO.test(body) ||
		EARLY_IT.test(body) ||
		FRONTED_IT.test(body)
	)
		return false;
	if (/^Who\b/.test(q.prompt)) return true;
	const personal = /\b(he|she|him|his|her)\b/.exec(body);
	if (!personal) return true;
	const before = body.slice(0, personal.index);
	// The referent must be a person named before the pronoun, or the blank when it stands for a person.
	const blankIsPerson = typeof q.answer === 'string' && classifyChoice(q.answer, ctx.analysis)?.startsWith('person') === true;
	// "When did President Rutherford B. Hayes remove him?", "President ____ removed him": the one person named (or blanked), as the
	// subject of the verb right before "him", is not him.
	const names = [...before.matchAll(namesAnyone(ctx.analysis))].map((m) => m.index + m[0].length);
	const blank = blankIsPerson ? CLOZE_BLANK.exec(before) : null;
	const referents = blank ? [...names, blank.index + blank[0].length] : names;
	const subjectOnly = personal[1] === 'him' && referents.length === 1 && /^[^\p{L}]*(?:\p{L}+\s+){0,1}\p{L}+\s*$/u.test(before.slice(referents[0]));
	const named = names.length > 0 && !subjectOnly;
	// "Why does the jumper arch his back …?": a "his" after a verb whose subject is a person's common noun is that person's own.
	const owned = () => /^(?:his|her)$/.test(personal[1]) && ownedBySubjectNoun(tagText(body).filter((t) => t.end <= personal.index));
	// "With his father-in-law, the climatologist Wladimir Köppen, Alfred Wegener published …", "At 32, and past his best, Muhammad
	// Ali knocked out …": a "his" in a phrase before the subject looks ahead to the subject after the comma.
	const ahead = () => {
		if (!/^(?:his|her)$/.test(personal[1]) || !OPENER.test(before)) return false;
		const rest = body.slice(personal.index);
		return [...rest.matchAll(namesAnyone(ctx.analysis))].some(
			(m) => /,\s*$/.test(rest.slice(0, m.index + m[1].length)) && /^\s+\p{Ll}+/u.test(rest.slice(m.index + m[0].length - m[2].length))
		);
	};
	return (!!blank && !subjectOnly) || named || owned() || ahead();
};

const anyone = new WeakMap<Analysis, RegExp>();
/** One pattern for every name and short form of the article's people, as whole words, global: for `matchAll`, never `test`. */
function namesAnyone(a: Analysis): RegExp {
	let re = anyone.get(a);
	if (!re) {
		const names = [...a.people.values()].flatMap((p) => [p.name, ...p.aliases]);
		re = names.length ? new RegExp(`(^|[^\\p{L}\\p{N}])(?:${names.map(literal).join('|')})($|[^\\p{L}\\p{N}])`, 'giu') : /(?!)/g;
		anyone.set(a, re);
	}
	return re;
}

/** A multiple choice has four unique choices, the answer among them, all of the answer's type and form. */
export const mcqChoicesWellFormed: Gate = (q, ctx) => {
	if (q.type !== 'mcq') return true;
	const choices = q.choices ?? [];
	if (choices.length !== 4 || typeof q.answer !== 'string' || !choices.includes(q.answer)) return false;
	if (new Set(choices.map((c) => c.trim().toLowerCase())).size !== choices.length) return false;
	const kind = classifyChoice(q.answer, ctx.analysis);
	return kind !== undefined && choices.every((c) => classifyChoice(c, ctx.analysis) === kind);
};

const wordsOfPrompt = new WeakMap<Question, Set<string>>();
/** The words of a question's prompt, worked out once per question (an answer asked often is compared often). */
function promptWords(q: Question): Set<string> {
	let set = wordsOfPrompt.get(q);
	if (!set) wordsOfPrompt.set(q, (set = new Set(words(q.prompt))));
	return set;
}

/** No earlier question of the same type asks nearly the same thing (same answer, nearly the same words). */
export const noNearDuplicate: Gate = (q, ctx) => {
	const mine = promptWords(q);
	return !ctx.earlier.some((e) => {
		if (e.type !== q.type) return false;
		if (e.prompt === q.prompt) return true;
		if (String(e.answer).toLowerCase() !== String(q.answer).toLowerCase()) return false;
		const theirs = promptWords(e);
		const shared = [...mine].filter((w) => theirs.has(w)).length;
		return shared / (mine.size + theirs.size - shared) >= 0.8;
	});
};

const SUBORDINATOR = /\b(before|after|while|although|though|because|since|if|unless|until|whereas|once|when|whenever)\b/i;

/** The blank is not inside a subordinate clause ("Before Biden ramps up his outreach in ____, …"). */
export const noBlankInSubordinateClause: Gate = (q, ctx) => {
	const blank = q.prompt.search(CLOZE_BLANK);
	if (blank < 0 || !SUBORDINATOR.test(q.prompt.slice(0, blank))) return true;
	const clauses = subordinateClauses(q.prompt, promptTokens(q, ctx.analysis));
	return !clauses.some((c) => blank >= c.start && blank < c.end);
};

/** "Because school is for learning, and learning ____.": a reason with no clause after it to give the reason for. */
const REASON_ALONE = /^(?:Because|Although|Though|Unless|Whereas)\b(?![^]*,\s+(?!(?:and|or|but|nor)\b)[\p{L}_“"])/u;

/**
 * A statement or cloze is a whole sentence: it has a finite verb outside the blank ("Trying to plant trees in ____." has none), and
 * more than a subordinate clause.
 */
export const wholeSentence: Gate = (q, ctx) => {
	if (q.type !== 'cloze' && q.type !== 'truefalse') return true;
	if (REASON_ALONE.test(q.prompt)) return false;
	// "____, an organiser for the union, told the audience.": cut at the colon, what was said is gone and the verb says nothing.
	const tail = /(?:^|\s)((?:\S+\s+){0,2}\S+)\.$/.exec(q.prompt)?.[1];
	if (
		tail &&
		/\b(?:told|said|says|wrote|writes|declared|asked|replied|answered|warned|added|announced|radioed)\b/.test(tail) &&
		q.source?.text.includes(`${tail}:`)
	)
		return false;
	// "… the island that would shape." of "that would shape, and finally end, his life": cut before the object two verbs share.
	const verb = /\b(?:would|could|will|shall|should|might|may|can|must)\s+(\p{Ll}+)\.$/u.exec(q.prompt);
	if (verb && q.source?.text.includes(`${verb[0].slice(0, -1)}, `)) return false;
	return promptTokens(q, ctx.analysis).some((t) => isFinite(t) && !/^_+$/.test(t.text));
};

/** Every gate, by name. */
export const gates = { answerInSource, noGiveaway, noDanglingReference, mcqChoicesWellFormed, noNearDuplicate, noBlankInSubordinateClause, wholeSentence };

/** The names of the gates a question fails (empty when it passes them all). */
export function failedGates(q: Question, ctx: GateContext): string[] {
	return Object.entries(gates)
		.filter(([, gate]) => !gate(q, ctx))
		.map(([name]) => name);
}
