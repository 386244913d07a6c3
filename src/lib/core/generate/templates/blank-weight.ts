/**
 * How good a blank a mention makes: its kind, how often the article names it,
 * how it is used, and the signs that it is trivia or given away by the words
 * around it ("the ____ of the United States", "In ____ and 1720").
 */
import { lookup } from '../lookup';
import { mainPersonOf } from '../extract/index';
import { literal } from '../pattern';
import type { Analysis, Mention } from '../types';
import { KIND_WEIGHT } from './draft';
import { LIST_GOES_ON, NEXT_IN_LIST } from './name-lists';
import { personWeight } from './person-weight';

/** Person names used as modifiers ("the Moon administration", "the Biden team") make weak blanks. */
const MODIFIED = /^\s+(?:administration|administrations|era|team|government|camp|presidency|call|doctrine|years?)\b/;

/** Nouns for the items of a writer's list: "the second objection", "two physical facts", "the two countries". */
const LISTED =
	/^\s+(?:\p{Ll}+\s+)?(?:objection|argument|reason|point|tool|option|approach|problem|lesson|step|way|question|answer|idea|fact|claim|criticism|worry|concern|benefit|advantage|drawback|stage|factor|thing|countries|country|kind|type|group|side)s?\b/u;

/** Words for land and water that a place's name may end on in lower case: "the Fra Mauro highlands", "the Tagus estuary". */
const LANDFORM =
	/^\s+(?:highlands|lowlands|mountains|hills|range|river|valley|desert|basin|sea|strait|straits|islands?|coast|peninsula|plains?|plateau|crater|canyon|glacier|delta|gulf|bay|lake|ocean|estuary)\b/;

/** Names that are a common word capitalised: "the Games", "the Court", "the Assembly". */
const GENERIC_NAME =
	/^(?:Games|Olympics|Championships?|Cup|Court|Assembly|Council|Parliament|Congress|Senate|Government|Commission|Committee|Conference|Summit|Treaty|Act|Board)$/;

/** Numbers a headline may spell out ("Perfect Ten", "Twelve Currencies"), by value. */
const NUMBER_WORDS =
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');

/** The start of a body's or an agreement's name whose rest is asked: "the Convention on the ", "the Protocol on ". */
const NAMED_BODY_OF =
	/\b(?:Convention|Protocol|Treaty|Agreement|Committee|Commission|Council|Association|Society|Institute|Department|Ministry|Office|Bureau|Board|League|Declaration|Charter|Conference)\s+(?:on|of|for)\s+(?:the\s+)?$/;

/** "a week before the conference", "two days after the crash": a time counted from an event the sentence names. */
const COUNTED_FROM = /\b(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+(?:before|after)\s+the\b/i;

/** Whether the mention's sentence goes on in the past perfect ("had already made", "had published"). */
function pastPerfectAfter(a: Analysis, m: Mention): boolean {
	const tokens = a.sentences[m.sentence].tokens.filter((t) => t.start >= m.end);
	const had = tokens.findIndex((t) => /^had$/i.test(t.text));
	// Only the clause the date opens: "hired Clyde Tombaugh, who had sent drawings" is told in the past.
	if (had < 0 || /[,;:]|\b(?:who|which|that|when|because|after|before|while|as|and|but)\b/.test(a.text.slice(m.end, tokens[had].start))) return false;
	const verb = tokens.slice(had + 1).find((t) => !t.tags.has('Adverb'));
	return !!verb && !/^to$/i.test(verb.text) && (verb.tags.has('PastTense') || verb.tags.has('Participle') || /^been$/i.test(verb.text));
}

/** Whether a number is written four times or more in the article, alone or as the start of a measure ("20mph"). */
function writtenOften(a: Analysis, digits: string): boolean {
	return lookup(a).numeralCount(digits) >= 4;
}

/** Does the mention's sentence name a case ("X v. Y") other than the one its headline is about? */
function citesOtherCase(a: Analysis, m: Mention): boolean {
	const cases = a.sentences[m.sentence].text.match(/\b\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+v\.?\s+\p{Lu}[\p{L}.'’-]*/gu) ?? [];
	return cases.some(
		(c) =>
			!(a.headline ?? '').includes(
				c
					.split(/\s+v\.?\s+/)[0]
					.split(/\s+/)
					.pop() ?? c
			)
	);
}

/** Whether the sentence names the person the article is about. */
function mainNamedIn(a: Analysis, sentence: number): boolean {
	const main = mainPersonOf(a);
	return (
		!!main &&
		lookup(a)
			.mentionsIn(sentence)
			.some((x) => x.key === main)
	);
}

/** How good a blank a mention makes: its kind, how specific it is to this sentence, and how it is used. */
export function mentionWeight(a: Analysis, m: Mention, freq: Map<string, number>): number {
	const seen = freq.get(m.key) ?? 1;
	// A name the article uses once (a worker, a contractor, a school) is a side detail; one it returns to carries the story.
	const named = m.kind === 'person' || m.kind === 'org' || m.kind === 'place' || m.kind === 'name';
	// "Kenya" in a profile of a Kenyan, "CFCs" in a piece about CFCs, "1953" in the story of 1953:
	// what the article names everywhere is guessed, not remembered.
	if (seen >= 4 && (m.kind === 'place' || m.kind === 'acronym' || m.kind === 'org' || m.kind === 'name' || (m.kind === 'date' && m.form === 'y')))
		return 0.3 * KIND_WEIGHT[m.kind];
	// "the number ____ inside a red circle" in a piece about 20mph limits: a number the article keeps writing is guessed too.
	if (m.kind === 'number' && /^\d+$/.test(m.text) && writtenOften(a, m.text)) return 0.3 * KIND_WEIGHT[m.kind];
	const specific = named ? (seen === 1 ? 0.6 : seen === 2 ? 0.85 : 1) : 1 - 0.35 * Math.min(1, (seen - 1) / 8);
	const after = a.text.slice(m.end, m.end + 20);
	const possessive = /^['’]s\b/.test(after) ? 0.85 : 1;
	const modifier = m.kind === 'person' && MODIFIED.test(after.replace(/^['’]s/, '')) ? 0.5 : 1;
	return KIND_WEIGHT[m.kind] * specific * possessive * modifier * trivia(a, m);
}

/** Small number words and the minutes of "two hours and sixteen minutes" are trivia; a given name cut from a longer name is not an answer. */
function trivia(a: Analysis, m: Mention): number {
	const after = a.text.slice(m.end, m.end + 30);
	const before = a.text.slice(Math.max(0, m.start - 30), m.start);
	// "Prince ____" of Prince William Sound, "the Queen's ____" of the Queen's Bench Division: part of a name is read off the rest of it.
	if (
		(m.kind === 'place' || m.kind === 'org' || m.kind === 'name') &&
		/(?:^|[^.!?]\s)\p{Lu}[\p{L}-]+(?:['’]s)?\s$/u.test(before) &&
		!/(?:^|\s)(?:The|A|An|In|On|At|By|For|From|To|With|And|Of)\s$/.test(before)
	)
		return 0;
	// "____'s Cathedral" (Old St Paul): a name cut before the building named after it is read off the rest.
	if (/^['’]s\s+(?:Cathedral|Church|Abbey|College|Hospital|Square|Chapel|Basilica|Bridge|Park)\b/.test(after)) return 0;
	// "Powell v. ____", "the Food and ____": one side of a case's name, or the end of a body's name joined by "and", is read off the rest.
	if (/\sv\.?\s$/.test(before) || (m.kind === 'org' && /\p{Lu}[\p{L}-]+\s+and\s+$/u.test(before))) return 0;
	// "the Civil Rights Act of ____", "the Public Libraries and Museums Act ____": a law's year is part of its name.
	if (m.kind === 'date' && m.form === 'y' && (/\p{Lu}[\p{L}-]+ of\s$/u.test(before) || /\b(?:Act|Amendment|Convention|Treaty)\s$/.test(before))) return 0;
	// "Standard & Poor's ____ index", "an ____ 5 rocket": a number that is part of a name, or a name whose number stays, is read off the rest.
	if (m.kind === 'number' && /^\d[\d,.]*$/.test(m.text) && /\p{Lu}[\p{L}'’&-]*\s$/u.test(before) && !/(?:^|[.!?]\s+)\p{Lu}[\p{L}'’-]*\s$/u.test(before))
		return 0;
	// "Apollo ____", "a train called Hikari No. ____": a name is not whole without its number.
	if ((m.kind === 'place' || m.kind === 'org' || m.kind === 'name') && (/^\s\d+\b/.test(after) || (/\bNo$/.test(m.text) && /^\.\s\d/.test(after)))) return 0;
	// "copying branded packs long before ____": a year that only marks how long ago something else began is no date of it.
	if (m.kind === 'date' && /\b(?:long|well|years|decades|centuries)\s+(?:before|after)\s+$/i.test(before)) return 0.3;
	// "its centenary in ____", "the ____ century": counted from another date of the story, not remembered.
	if (m.kind === 'date' && /\b(?:centenary|centennial|bicentenary|anniversary)\s+(?:in|of)\s+$/.test(before)) return 0.3;
	// "President ____ dedicated the finished structure on 30 September 1935": who held the highest office at a date is
	// common knowledge, not the article's.
	if (m.kind === 'person' && /\b(?:President|King|Queen|Emperor|Empress|Pope|Tsar|Kaiser)\s+$/.test(before)) return 0.5;
	// "far below ____, a state called supercooling" (0 °C): zero is where a scale starts, which anyone knows, not what the article found.
	if (m.kind === 'number' && /^(?:0(?:[.,]0+)?|zero)(?![\d.,])/i.test(m.text)) return 0;
	if (m.kind === 'ordinal' && /^\s+century\b/.test(after)) return 0;
	// "The ____ is cap-and-trade": an ordinal that stands for a noun counts items the sentence before lists.
	if (m.kind === 'ordinal' && /^\s*(?:,|is\b|was\b|are\b|were\b)/.test(after)) return 0;
	// "The ____ objection is that …", "relies on ____ physical facts": where a point falls in the writer's list, or how many the list has,
	// is the article's layout, not its content.
	if ((m.kind === 'ordinal' || (m.kind === 'number' && !/\d/.test(m.text))) && LISTED.test(after)) return 0;
	// "destroyed by ____ separate forces: the earthquake, a tsunami and a fire": the count of a list the colon gives is read off it.
	if (
		m.kind === 'number' &&
		/^(?:\d|1[0-2]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(m.text) &&
		/^\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+:/u.test(after)
	)
		return 0;
	// "In ____ and 1720": one year of a pair is half of when it happened, the other half printed beside it; "Between ____ and 1433"
	// is when a period began.
	const pair = /^\s+(?:and|or)\s+\d{4}\b/.test(after) || /\b\d{4}\s+(?:and|or)\s+$/.test(before);
	if (m.kind === 'date' && m.form === 'y' && pair && !/\bbetween\s+(?:\d{4}\s+and\s+)?$/i.test(before)) return 0.3;
	// "returned four more times, in ____, 1999, 2002 and 2009": one year of a list is a detail beside the others.
	if (m.kind === 'date' && m.form === 'y' && (/^,\s+\d{4}\b/.test(after) || /\b\d{4},\s+$/.test(before))) return 0.3;
	// "fought from ____ to 1784", "the winter of 1889 to ____": one end of a span whose other end the prompt prints.
	if (m.kind === 'date' && m.form === 'y' && (/^\s*(?:to|until|till|[–-])\s*\d{4}\b/.test(after) || /\b\d{4}\s*(?:to|until|till|[–-])\s*$/.test(before)))
		return 0.3;
	// "fell from 887 in ____ to 671 in 2024", "… to 671 in ____": the year of one end of a change, the change itself printed beside it.
	const changeFrom = /\bfrom\s+[$£€]?\d[^,;]{0,30}\s+in\s+$/.test(before) && /^\s+to\s+[$£€]?\d/.test(after);
	if (m.kind === 'date' && m.form === 'y' && (changeFrom || /\bfrom\s+[$£€]?\d[^,;]{0,30}\s+to\s+[$£€]?\d[^,;]{0,20}\s+in\s+$/.test(before))) return 0.45;
	// "In ____ Koch had already made his name": a year told in the past perfect is backstory to the story the article tells.
	if (m.kind === 'date' && /\bIn\s+$/.test(before) && pastPerfectAfter(a, m)) return 0.5;
	// "at the ____ Olympic Games in Athens", "the ____ New York City Marathon": the year of a Games, a cup or a yearly race is its label.
	if (
		m.kind === 'date' &&
		m.form === 'y' &&
		(/^\s+(?:(?:Summer|Winter)\s+)?(?:Olympic|Olympics|Games|World\s+Cup|Paralympic)/.test(after) ||
			/^\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:Marathon|Championships?|Open|Grand\s+Prix|Tour|Cup|Classic|Regatta)\b/u.test(after))
	)
		return 0.35;
	// "A larger study published in ____ by Doruk Cengiz", "reported the experiment in the Medical Journal of Australia in ____": when
	// a finding was published is its label, not the finding.
	if (
		m.kind === 'date' &&
		m.form === 'y' &&
		/\b(?:published|reported|appeared)\s+(?:(?:the|a|an|its|his|her|their)\s+\p{Ll}+\s+)?(?:in\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:(?:\p{Lu}[\p{L}-]*|of|and|for|on)\s+){0,6})?in\s+$/u.test(
			a.text.slice(Math.max(0, m.start - 80), m.start)
		) &&
		/\b(?:study|studies|paper|report|review|trial|experiment|findings|results|survey|analysis)\b/i.test(a.sentences[m.sentence].text)
	)
		return 0.35;
	// "A ____ study by …", "the ____ film": the year of a source or a work is how it is labelled, not what it found.
	if (
		m.kind === 'date' &&
		m.form === 'y' &&
		/^\s+(?:\p{Lu}\p{L}+\s+)?(?:study|studies|review|trial|inquiry|poll|film|films|book|report|survey|paper|analysis|novel|documentary|album|song|season|census|edition|lecture|speech|essay|interview|letter)\b/u.test(
			after
		)
	)
		return 0.35;
	if (m.kind === 'place' || m.kind === 'org' || m.kind === 'name') {
		// "finishing the ____ with seven perfect scores" (Games): a body or an event named by its common word alone is guessed from the sentence.
		if (GENERIC_NAME.test(m.text) && /\bthe\s+$/i.test(before)) return 0.35;
		// "the navies of ____ and Spain", "in ____, Philadelphia and Charleston": one of a list is guessed from the others beside it.
		if (LIST_GOES_ON.test(after) || /\p{Lu}[\p{L}-]*,?\s+(?:and|or)\s+(?:the\s+)?$/u.test(before)) return 0.4;
		// "based in Amsterdam, ____, Delft, Rotterdam …", "South Africa, the ____, the United Kingdom and …": one inside a list of
		// names is guessed from the others, and asks a part for the whole.
		if (/\p{Lu}[\p{L}-]*,\s+(?:the\s+)?$/u.test(before) && NEXT_IN_LIST.test(after)) return 0.4;
		// "working at the ____ in Berlin", "at the Imperial Health Office in ____": where someone worked is their affiliation, not what they did.
		if (
			/\b(?:work(?:ed|ing|s)?|employed|a\s+post)\s+(?:at|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*(?:in\s+)?$/u.test(
				a.text.slice(Math.max(0, m.start - 60), m.start)
			)
		)
			return 0.5;
		// "in Minamata, ____, described …": the region after a town, in commas, only says where the town lies.
		if (m.kind === 'place' && /\p{Lu}[\p{L}-]+,\s+$/u.test(before) && /^[,.;]/.test(after)) return 0.4;
		// "the National Association for the ____", "the Convention on the ____", "the Protocol on ____ to the Antarctic Treaty":
		// the end of a longer name is read off its start.
		if (/\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+\s+(?:for|of)\s+the\s+$/u.test(before) || NAMED_BODY_OF.test(before)) return 0.3;
		// "the ____ of the United States", "the ____ on the Regulation of …": the rest of a longer name all but gives the answer.
		if (/^\s+(?:of|for|on)\s+the\s+\p{Lu}/u.test(after)) return 0.4;
	}
	// "Herbert Hoover lost the ____ election": a year that only says which of a recurring thing is read off what everyone knows.
	if (
		m.kind === 'date' &&
		m.form === 'y' &&
		/\bthe\s+$/i.test(before) &&
		/^\s+(?:presidential\s+|general\s+)?(?:election|elections|campaign|census|season|games|olympics|world cup)\b/i.test(after)
	)
		return 0.4;
	// "The ____ expedition" under the headline "… Everest, 1953": what the headline prints is read off it.
	if ((m.kind === 'date' || m.kind === 'number') && a.headline && new RegExp(`(?:^|[^\\d,.])${literal(m.text)}(?:$|[^\\d,.])`).test(a.headline)) return 0.3;
	// "Perfect Ten" over "a scale that ran up to ____" (10): the headline prints the number in words.
	const spelled = m.kind === 'number' && /^\d{1,2}$/.test(m.text) ? NUMBER_WORDS[Number(m.text)] : undefined;
	if (spelled && a.headline && new RegExp(`\\b${spelled}\\b`, 'i').test(a.headline)) return 0.3;
	// "the only British woman to have won a ____ in one of the sciences": the prize anyone names after "won a" is common knowledge.
	if (/^(?:Nobel|Pulitzer)(?: Prize)?$|^Oscar$/.test(m.text)) {
		// "the 1979 ____ in Physiology or Medicine": the field after it names the prize.
		if (/^\s+(?:in|for)\s+(?:Physics|Chemistry|Physiology|Medicine|Literature|Economic|Peace)/.test(after)) return 0;
		if (/\b(?:won|win|wins|winning|awarded|received|receive|shared)\s+(?:a|an|the)\s+(?:\d{4}\s+)?$/.test(before)) return 0.3;
	}
	// "a paper, “____,” to the society": a title in quotation marks is copied, not remembered.
	if (/[“"]$/.test(before) && /^[,.]?[”"]/.test(after) && /^\p{Lu}\S*(?:\s+\S+){2,}$/u.test(m.text)) return 0.4;
	// "reactor No. 4": an abbreviation is no answer; nor is the unit of "98 degrees Celsius", guessed from "degrees".
	if (/^(?:No|Nos|Vol|Fig|St|Mt)\.?$/.test(m.text) || /^(?:Celsius|Fahrenheit|Kelvin|centigrade)$/i.test(m.text)) return 0;
	if (m.kind === 'number') {
		// "more than ____ after Koch first saw its cause" (140 years): a span between two moments is counted from their dates.
		if (/\b(?:days|weeks|months|years|decades|centuries)$/.test(m.text) && /^\s+(?:after|since|later|before|earlier)\b/.test(after)) return 0.4;
		// "63 km/h (____ mph)": the same amount in another unit asks for a conversion of what the prompt prints.
		if (/\d\s*[\p{L}/°]+\.?\s*\(\s*(?:about\s+)?$/u.test(before)) return 0;
		// "8 minutes and 39 seconds into the third period", "exactly 10 minutes in": the clock of a match is a detail.
		// "94 hours, 33 minutes and 14 seconds": a part of one time is no amount of its own.
		if (
			/^,?\s+and\s+\d+\s+(?:seconds?|minutes?)\b|^,\s+\d+\s+(?:seconds?|minutes?)\b/.test(after) ||
			/\d+\s+hours?,\s+(?:and\s+)?$/.test(before) ||
			(/\b(?:minutes?|seconds?)$/.test(m.text) && /^\s+(?:in|into)\b/.test(after))
		)
			return 0;
		// "____ French, 4 Belgians, 4 Swiss, 2 Germans and 1 Italian" of "60 starters": one part of a breakdown is the total less the rest.
		const part = String.raw`\d+\s+[\p{L}-]+`;
		if (
			new RegExp(String.raw`^\s+[\p{L}-]+,\s+${part},?\s+(?:and\s+)?${part}`, 'u').test(after) ||
			new RegExp(String.raw`${part},\s+${part},?\s+(?:and\s+)?$`, 'u').test(before)
		)
			return 0.3;
		// "315 deaths per ____ houses", "every ____ spent saved $9.60": the round base of a rate is how it is counted, not what was found.
		if (/\b(?:per|every|each)\s+$/.test(before) && /^[$£€]?(?:1|10|100|1,000|10,000|100,000)(?![\d.,])/.test(m.text)) return 0.3;
		// "a crowd of some ____ people gathered", "in front of about ____ fans": how many came to watch is a detail of the scene.
		if (
			/\b(?:crowd|audience|in\s+front)\s+of\s+(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than)\s+)?$/.test(before) ||
			/^\s+(?:spectators|fans|onlookers)\b/.test(after)
		)
			return 0.4;
		// "Coupvray, a village about ____ east of Paris", "In Yakima, about ____ away": how far one place lies from another says where it
		// is, not what happened there.
		if (
			/\b(?:kilometres?|kilometers?|km|miles?|metres?|meters?)$/.test(m.text) &&
			/^\s+(?:away\b|from\s+the\s+(?:centre|center|epicentre|epicenter)\b|(?:north|south|east|west)(?:-?(?:north|south|east|west))?\s+of\b)/.test(after)
		)
			return 0.5;
		// "a broad gauge of ____ 1/4 inch" (7 feet): a fraction after the blank is the rest of the same amount.
		if (/^\s+\d+\/\d+\b/.test(after)) return 0;
		// "the ____-inch Hooker telescope": a measure that only describes the thing after it is a detail of it.
		if (/^-(?:inch|foot|feet|metre|meter|mile|kilometre|ton|tonne|pound|gun|storey|story|year|day|hour|minute|man|seat)\s+\p{L}/u.test(after)) return 0.4;
		// "An asteroid, ____ Leavitt": a number before a person's name is the catalogue number of a thing named after them.
		if (/^\d+$/.test(m.text) && /^\s+\p{Lu}/u.test(after) && lookup(a).peopleNamed(/^\s+(\p{Lu}[\p{L}'’-]+)/u.exec(after)?.[1] ?? '').length) return 0;
		// "Apollo ____", "Gemini 7": a number inside a name is read off the name; "____ years ago" off the date of the article.
		if (/\p{Lu}[\p{L}-]*[ -]$/u.test(before) && /^\d+$/.test(m.text)) return 0;
		// "____ years ago", "Sixty years on": counted from the day the article was written, not a fact of the story.
		if (/^\s+years?\s+(?:ago|on)\b/.test(after)) return 0;
		if (
			/^\s+\p{L}+\s+and\s+(?:\d|\p{L}+\s+\p{L}+)/u.test(after) &&
			/^\s+(?:hours?|minutes?|days?|weeks?|years?|months?|metres?|meters?|feet|pounds?|dollars?)\b/.test(after)
		)
			return 0;
		if (/\d\s+\p{L}+\s+and\s+$|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+\p{L}+\s+and\s+(?:about\s+)?$/u.test(before)) return 0;
		// "the ____ Minamata outbreaks" (two), "the ____ men": a small count after "the" points back at things the article has told of.
		if (!/\d/.test(m.text) && typeof m.value === 'number' && m.value <= 4 && /\bthe\s+$/i.test(before)) return 0.2;
		if (!/\d/.test(m.text) && typeof m.value === 'number' && m.value < 20) return 0.45;
		// "added to drinking water for ____ years": a span up to today is counted from the day of writing.
		if (
			/^\s+years\b/.test(after) &&
			/\b(?:has|have)\s+(?:\p{L}+\s+){1,6}for\s+$/u.test(a.sentences[m.sentence].text.slice(0, m.start - a.sentences[m.sentence].start))
		)
			return 0.4;
		// "Adam Janus, 27, a postal worker": an age in commas after a name is a detail too.
		if (/\p{Lu}[\p{L}-]+,\s*$/u.test(before) && /^,/.test(after) && /^\d{1,2}$/.test(m.text)) return 0.4;
		// "at 16 he left school", "at the age of 47": a person's age at one moment is a detail.
		if ((/\b(?:at(?: the age of)?|aged)\s+$/.test(before) || /^-year-olds?\b/.test(after)) && !/[^\d\s]/.test(m.text)) return 0.4;
		// "was by then 68 years old": an age told the other way round.
		if (/^\d{1,3}\s+years$/.test(m.text) && /^\s+old\b/.test(after)) return 0.4;
		// "Tsemberis and Eisenberg followed ____ formerly homeless tenants": how many a study took part is its size, not what it found.
		if (
			/\b(?:followed|tracked|compared|comparing|enrolled|recruited|surveyed|examined|interviewed|studied)\s+(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than)\s+)?$/.test(
				before
			) &&
			/\b(?:study|studies|trial|survey|experiment|researchers|journal)\b/i.test(a.sentences[m.sentence].text)
		)
			return 0.5;
		// "1575.42 megahertz": a measurement to the hundredth is for reference, not for memory; nor are both ends of a range ("between
		// about 0.01 and 10 nanometres"), which are also hard to type as one answer.
		// "between about ____" (0.01 and 10), "roughly ____" (100 to 300 kilometres); not a score ("3-1") nor a change ("from 20 to 10").
		const range = /\d\s+and\s+\d/.test(m.text) ? /\bbetween\s+(?:\p{Ll}+\s+)?$/u.test(before) : /\d\s*(?:to|–)\s*\d/.test(m.text) && !/\bfrom\s+$/.test(before);
		if (range) return 0.45;
		// "lost the next day in just ____" (74 minutes), "circling Earth about every ____": a count of minutes or seconds times one
		// moment or one step of the story, which reviewers kept about one time in three; hours and days say how long it lasted, and a
		// whole time ("3 minutes 59.4 seconds") is a record.
		if (/^[\d.,]+\s+(?:seconds?|minutes?)$/.test(m.text) && !/^\s+(?:per|a|an|each)\b/.test(after)) return 0.55;
		// "fell from ____ in 2023 to 671", "raised from $4.25 to ____": one end of a change whose other end the prompt prints; the change
		// is the fact. A share's change is the finding itself ("rose from 6.7 percent to 59.8 percent"), and kept as often as any.
		const ends = /\bfrom\s+(?:about\s+)?$/.test(before)
			? /^(?:\s+[\p{L}\d]+){0,3}\s+to\s+[$£€]?\d/u.test(after)
			: /\bfrom\s+[$£€]?\d[\d.,]*(?:\s+[\p{L}\d]+){0,3}\s+to\s+$/u.test(before);
		if (ends && !/%|\bper\s*cent\b|\bpercent\b/.test(m.text)) return 0.45;
		if (/\d\.\d{2,}/.test(m.text)) return 0.6;
	}
	if (m.kind === 'person') {
		const weight = personWeight(a, m, before, after);
		if (weight !== undefined) return weight;
	}
	// "a ____ admiral", "____ armies": a name used as an adjective is read off the noun it describes; "the ____ highlands" (Fra Mauro)
	// is a place whose name goes on in lower case.
	if (
		(m.kind === 'name' || m.kind === 'place' || m.kind === 'org') &&
		/^\s+\p{Ll}+/u.test(after) &&
		!LANDFORM.test(after) &&
		!/^\s+(?:and|or|of|in|on|at|to|for|with|from|by|is|was|were|are|has|had|have|said|says)\b/.test(after)
	)
		return 0.4;
	if (m.kind === 'person' || m.kind === 'org') {
		// Who said or reported a fact ("according to the ____", "____ told reporters") is rarely the fact.
		if (
			/\baccording to(?: the)?\s+$/i.test(before) ||
			/^\s*(?:,[^,]{0,80},\s*)?(?:said|says|told|reported|reports|estimated|announced|replied|answered|asked|recalled|added)\b/.test(after)
		)
			return 0.5;
	}
	// "Just a week before the conference, on ____": a date counted from another the article gives.
	if (m.kind === 'date' && COUNTED_FROM.test(a.sentences[m.sentence].text)) return 0.4;
	// "Clarence Dally, a glassblower who helped Edison, died in ____": when a side figure died is a detail of a life the article is not about.
	if (m.kind === 'date' && /\bdied\s+(?:in\s+)?$/.test(before) && !mainNamedIn(a, m.sentence)) return 0.5;
	// The day or the month of an event is its least part; the year places it.
	if (m.kind === 'date' && /^(?:md|dm)/.test(m.form)) return 0.6;
	if (m.kind === 'date' && /^m/.test(m.form)) return 0.7;
	// "In ____ the Court … in Bethel School District v. Fraser": the year of a later case the article cites is its label.
	if (m.kind === 'date' && m.form === 'y' && citesOtherCase(a, m)) return 0.4;
	// "A second attempt in the 1970s was cancelled in ____": the decade gives the year away.
	if (m.kind === 'date' && m.form === 'y') {
		const decade = String(m.text).slice(0, 3);
		if (new RegExp(`\\b${decade}0s\\b`).test(a.sentences[m.sentence].text)) return 0;
	}
	return 1;
}
