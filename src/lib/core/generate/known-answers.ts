/**
 * Answers a reader fills in without the article: what everyone knows, what the
 * prompt lets them work out, and what the rest of a name makes plain. A gate
 * (`noGiveaway`) drops a question whose answer is one of these.
 */
import { CLOZE_BLANK } from '../bank/schema';

/** A year named by how many years it comes after an event: "centenary", "bicentennial", "50th anniversary", "golden jubilee". */
const COUNTED_YEARS =
	/\b(?:(?:bi|ter|tri|quater|quin|sesqui)?centen(?:ary|nial)|(?:\d+(?:st|nd|rd|th)|tenth|twentieth|twenty-fifth|fiftieth|hundredth)\s+anniversary|(?:silver|golden|diamond)\s+jubilee)\b/i;

/** Pairs whose one side names the other. */
const OPPOSITES: [string, string][] = [
	['left', 'right'],
	['north', 'south'],
	['east', 'west'],
	['upper', 'lower']
];
/** Does the answer hold one side of a pair, the prompt the other ("left-hand side" beside "to the right")? */
function oppositeIn(answer: string, prompt: string): boolean {
	const said = (text: string, word: string) => new RegExp(`\\b${word}\\b`, 'i').test(text);
	return OPPOSITES.some(([x, y]) => (said(answer, x) && said(prompt, y)) || (said(answer, y) && said(prompt, x)));
}

/** Capitals and the countries that name them: "no coronavirus cases in North Korea" gives "Pyongyang" away. */
const CAPITAL_OF: Record<string, RegExp> = {
	pyongyang: /\bNorth Korea/,
	seoul: /\bSouth Korea/,
	beijing: /\bChina\b|\bChinese\b/,
	tokyo: /\bJapan/,
	moscow: /\bRussia/,
	washington: /\bUnited States\b|\bU\.S\.|\bAmerica/,
	london: /\bBritain\b|\bBritish\b|\bU\.K\.|\bEngland\b/,
	paris: /\bFrance\b|\bFrench\b/,
	berlin: /\bGermany\b|\bGerman\b/,
	delhi: /\bIndia\b|\bIndian\b/,
	'new delhi': /\bIndia\b|\bIndian\b/,
	rome: /\bItaly\b|\bItalian\b/,
	madrid: /\bSpain\b|\bSpanish\b/,
	ottawa: /\bCanada\b/,
	canberra: /\bAustralia/,
	kyiv: /\bUkrain/,
	tehran: /\bIran\b/,
	cairo: /\bEgypt/
};
/** Answers anyone fills in without the article ("Each satellite circles the ____"). */
const COMMON_KNOWLEDGE = new Set(['earth', 'the earth', 'sun', 'the sun', 'world', 'the world', 'ad', 'bc', 'bce', 'ce']);
/** Measures everyone knows, each with the words that name what it measures ("____, the full marathon distance"). */
const KNOWN_MEASURES: [measure: RegExp, answer: RegExp][] = [
	[/\bmarathon\b/i, /^(?:42(?:\.195|\.2)?\s*(?:km|kilomet(?:re|er)s)|26(?:\.2)?\s*miles)$/i],
	[/\bpresiden(?:t|cy|tial)\b/i, /^(?:four|4)\s+years$/i],
	[/\b(?:year|leap)\b/i, /^36[56]\s+days$/i],
	[/\bday\b/i, /^24\s+hours$/i],
	[/\bboil/i, /^100\s*(?:degrees|°C)/i],
	[/\bfreez/i, /^(?:0|zero|32)\s*(?:degrees|°[CF])/i]
];

/**
 * "Kipchoge finished in 2:00:25, just ____ outside the target": a margin to the round hour of a time the prompt gives
 * is worked out by subtracting (to within a second of rounding).
 */
function marginOfTime(answer: string, prompt: string): boolean {
	const margin = /^(\d+)\s+(second|minute)s?$/i.exec(answer);
	if (!margin) return false;
	const unit = /^second/i.test(margin[2]) ? 1 : 60;
	const asked = Number(margin[1]) * unit;
	for (const time of prompt.matchAll(/\b(\d{1,2}):(\d{2}):(\d{2})\b/g)) {
		const seconds = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]);
		const hours = Math.round(seconds / 3600);
		if (hours > 0 && Math.abs(Math.abs(seconds - hours * 3600) - asked) <= unit) return true;
	}
	return false;
}

/** The common word that ends a name ("the INEOS 1:59 Challenge", "the Hoover Dam"): the rest of the name says what kind of thing it is. */
const NAME_HEADS = new Set(
	`challenge project prize award cup trophy games festival conference summit programme program mission committee commission council
	society institute foundation company corporation act treaty accord accords agreement declaration doctrine plan report expedition
	bridge railway canal tunnel dam tower building station airport park street square hall museum library hospital
	school college university church cathedral palace castle river lake bay sea ocean strait`.split(/\s+/)
);
/** A blank that ends a name: after a capitalised word or a number that is not the prompt's first, before a word that starts no name. */
const BLANK_ENDS_NAME = /[^.?!]\s(?:\p{Lu}[\p{L}.]*|\d[\d:.]*)\s+_{4}(?!\s+\p{Lu})/u;

/** A count written in figures, commas and all ("10,048"), as a number; not a year. */
function countIn(text: string): number | undefined {
	const n = Number(text.replace(/,/g, ''));
	return Number.isFinite(n) && !/^(?:1\d|20)\d\d$/.test(text) ? n : undefined;
}

/**
 * "… the first time the toll had passed 10,000" answered "10,048": a round figure the prompt prints within a twentieth of the
 * answer, which the reader picks or types by that figure alone.
 */
function nearRoundFigure(said: string, rest: string): boolean {
	const answer = /^(?:about\s+|some\s+|nearly\s+)?(\d[\d,]*)$/.exec(said)?.[1];
	const value = answer && countIn(answer);
	if (!value || value < 100) return false;
	return [...rest.matchAll(/\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b/g)].some((m) => {
		const round = countIn(m[0]);
		return !!round && round !== value && round % 100 === 0 && Math.abs(value - round) <= round / 20;
	});
}

/** Is the answer one a reader fills in without the article, given the prompt (blank and all)? */
export function knownWithoutArticle(answer: string, prompt: string): boolean {
	const said = answer.trim();
	const rest = prompt.replace(CLOZE_BLANK, ' ');
	if (COMMON_KNOWLEDGE.has(said.toLowerCase()) || CAPITAL_OF[said.toLowerCase()]?.test(rest)) return true;
	// "In ____, for the massacre's bicentenary, …": a year a fixed count of years after the event is worked out, not known.
	if (/\b(?:1\d|20)\d\d\b/.test(said) && COUNTED_YEARS.test(rest)) return true;
	// "from the ____ of the road to the right": one side of a pair the prompt names the other of.
	if (said.split(/\s+/).length <= 3 && oppositeIn(said, rest)) return true;
	if (KNOWN_MEASURES.some(([measure, known]) => known.test(said) && measure.test(rest))) return true;
	if (nearRoundFigure(said, rest)) return true;
	return marginOfTime(said, rest) || (NAME_HEADS.has(said.toLowerCase()) && /^\p{Lu}/u.test(said) && BLANK_ENDS_NAME.test(prompt));
}
