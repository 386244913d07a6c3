/**
 * How well a prompt reads without the article: a question that opens on
 * "the mission" or "the two governments" leans on sentences the student does
 * not see. Context edits resolve what the article names; what is left makes
 * the question rank lower (the gates reject only pronouns left dangling).
 */

/** Common nouns that, after "the", point back at something the article introduced. */
const POINTING_BACK = new Set(
	`mission telescope spacecraft probe craft lander rover vessel ship ships fleet fleets voyage voyages crew team club company
	firm government governments authorities law bill act regulation rule rules policy plan deal agreement treaty talks summit
	move issue decision project programme program scheme study report researchers scientists tunnel link bridge route country
	city region war crisis disease virus vaccine drug trial match game final season tournament album film book court case
	attack operation campaign expedition discovery device machine system process method technique theory idea proposal offer
	call meeting conference visit trip leaders pair group consortium venture measure measures change changes scandal
	project budget cost costs construction work works flight landing launch event events effort efforts scheme vote ban
	arrangement design approach structure setup danger problem situation risk threat news ordeal operation conflict result
	practice accident procedure amount cuts doctrine case ruling verdict firm question debate dispute mystery puzzle plane aircraft
	airliner train journey changeover switchover transition experiment experiments evaluation pilot pilots contract competition
	concession protest protests reform reforms strike raid merger takeover choice choices step shift gamble`.split(/\s+/)
);
/** Phrases that count what came before ("both", "the two leaders", "together they"). */
const COUNTING_BACK = /\b(?:both|the\s+(?:two|three|four|same|latter|former|other)|together)\b/i;
/**
 * "Building on that insight", "to correct that failure", "these bulges": a thing the sentence before named, pointed at. A "that" after a
 * preposition or a verb's object is one; "argued that governments …" opens a clause, "this meant" is a pronoun and "this time" a
 * time of the story.
 */
const POINTER =
	/\b(?:on|of|in|to|for|from|with|by|at|about|after|before|until|despite|toward|towards|correct|explain|solve|blocked|cut|reduced|fill|removes?|removed)\s+that\s+(?:\p{Ll}{3,}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|\b(?:this|these|those)\s+(?!(?:is|was|are|were|has|had|have|meant|means|led|made|makes|would|will|can|could|may|might|did|does|time|times|week|year|month|morning|evening|day|days|century|decade|season|summer|winter|spring|autumn)\b)\p{Ll}{3,}/u;
/** A fronted time or place phrase ("In 1986, ", "On July 2, 1997, ") before the subject. */
const FRONTED = /^(?:(?:In|On|By|During|At|After|Before|Since|Within)\s[^,]{1,40},\s+)/;
const OPENING = /^(?:then|later|afterwards|meanwhile|still|instead|also)\b/i;

/** A factor in (0, 1]: 1 when the prompt reads on its own, lower the more it leans on what came before; `seenBefore` says whether the article used a word earlier. */
export function readsAlone(prompt: string, seenBefore: (word: string) => boolean = () => false): number {
	const body = prompt
		.replace(/^Who said:?\s*[“"]?/, '')
		.replace(/^(?:When|Why|How much|By how much|How many\s+[\p{L}\s-]+?)\s+(?:did|was|were|is|are|has|have|had)\s+/u, '')
		.replace(FRONTED, '');
	let factor = 1;
	const subject = /^[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(body);
	const words = subject ? subject[1].split(/\s+/) : [];
	if (words.some((w) => POINTING_BACK.has(w))) factor *= 0.55;
	// "The arrangement was chosen …" after a sentence about the arrangement points back at it.
	else if (words.some(seenBefore)) factor *= 0.7;
	else if (OPENING.test(body)) factor *= 0.7;
	// Further in, "the company" or "the accident" the article introduced before leans on it as well.
	let leaning = 0;
	// "By the end of the evaluation, …": an opening phrase leans the same way.
	const opening = FRONTED.exec(prompt)?.[0] ?? '';
	for (const found of `${opening} ${body.slice(subject ? subject[0].length : 0)}`.matchAll(/\bthe\s+([\p{Ll}-]+)\b(?!\s+of\b)/gu)) {
		if (POINTING_BACK.has(found[1]) || seenBefore(found[1])) leaning++;
	}
	factor *= leaning === 0 ? 1 : leaning === 1 ? 0.85 : 0.7;
	// Early in the prompt nothing before it can be what "that" points at; late, the prompt may have named it ("… toward that goal").
	const pointer = POINTER.exec(prompt) ?? /\bthat\s+(?:amount|sum|figure|number|decision|move|plan|deal|year|idea|law|case)\b/.exec(prompt);
	if (pointer) factor *= pointer.index < 60 ? 0.4 : 0.6;
	if (COUNTING_BACK.test(body)) factor *= 0.7;
	// "proposed instead that the Sun shines because …": "instead" sets the claim against one the question never states.
	else if (/\binstead\b(?!\s+of\b)/i.test(body) && !OPENING.test(body)) factor *= 0.7;
	// "that day", "on Tuesday", "the next day" (unless counted from a date the prompt gives first): a time the reader of the question cannot place.
	const counted = /\bthe\s+(?:next|following|previous)\s+(?:day|night|week|month|year|morning|evening|afternoon)\b/.exec(body);
	if (
		/\bthat\s+(?:day|night|week|month|year|morning|evening|afternoon)\b|\b(?:on|last|next|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(
			body
		) ||
		(counted && !/\b(?:1\d|20)\d\d\b/.test(body.slice(0, counted.index)))
	)
		factor *= 0.5;
	// "John Harrison was by then 68 years old": a moment of the story the question never gives, unless a date before it does.
	const then = /\b(?:by|until|till)\s+(?:then|that\s+time|this\s+time|that\s+point|this\s+point)\b|\bat\s+that\s+point\b/i.exec(body);
	if (then && !/\b(?:1\d|20)\d\d\b/.test(body.slice(0, then.index))) factor *= 0.5;
	// "more than 480 million people had travelled through it": a pronoun outside quotes with nothing in the prompt to point at.
	if (/\b(?:they|them|their)\b/.test(body.replace(/[“"][^”"]*[”"]/g, ''))) factor *= 0.5;
	else if (/\b(?:it|its)\b/.test(body.replace(/[“"][^”"]*[”"]/g, ''))) factor *= 0.7;
	return factor;
}
