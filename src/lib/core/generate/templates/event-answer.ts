/**
 * The answer of an event card ("What did Mary Anning do in 1823?"): the verb
 * phrase of the sentence, when it is one whole event of a readable length.
 * "Found the first complete skeleton of a plesiosaur, a reptile with a tiny
 * head, a very long neck and paddle-like limbs" is an event and a description
 * of what was found: what follows a comma and opens an aside (an appositive,
 * a participle, "so that", "now known as") describes the event, and the part
 * before it is the event itself.
 */
import { MONTHS } from '../extract/lexicon';

/** Answers longer than this many words are passages, not events. */
const MOST_EVENT_WORDS = 18;
/** Fewer words than this before the comma are too little of an event to stand alone. */
const FEWEST_KEPT = 4;
/** What opens an aside after a comma: ", a reptile with …", ", one of the largest …", ", protecting …", ", partly because …". */
const ASIDE = /^,\s+(?:an?|the|one of|so that|which|who|whom|where|now|including|partly|roughly|\p{Ll}{3,}ing)\s/u;

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Whether every quotation and bracket opened in `text` also closes in it. */
function closed(text: string): boolean {
	const straight = (text.match(/"/g) ?? []).length % 2 === 0;
	const curly = (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;
	return straight && curly && (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length;
}

/**
 * `did` within MOST_EVENT_WORDS: whole if it fits, else cut before its first aside. An aside the clause resumes after
 * ("Showed that replacing uridine, a building block of RNA, with …") is no place to cut, nor is a list or a colon.
 */
function withinLength(did: string): string | undefined {
	if (wordsIn(did) <= MOST_EVENT_WORDS) return did;
	const commas = [...did.matchAll(/,\s/g)].map((c) => c.index);
	for (const [i, at] of commas.entries()) {
		const head = did.slice(0, at);
		if (wordsIn(head) > MOST_EVENT_WORDS) return undefined;
		const next = commas[i + 1];
		const resumes = next !== undefined && !ASIDE.test(did.slice(next));
		if (wordsIn(head) >= FEWEST_KEPT && closed(head) && !/[:;]/.test(head) && ASIDE.test(did.slice(at)) && !resumes) return head;
	}
	return undefined;
}

/** A clause with a subject of its own inside an event: "… she was in danger", "… a note that said he was sorry". */
const RUNS_ON = /\s(?:he|she|it|they|we|i)\s+(?:was|were|had|has|is|are|would|could|did|\p{L}+ed)\b/iu;

/** A verb of saying and its listener, with what was said cut off after them: ", telling his audience", ", saying". */
const SAID_CUT_OFF = /,\s+(?:telling|saying|declaring|announcing|adding|writing)(?:\s+(?:his|her|their|the)\s+\p{Ll}+)?\s*$/u;

/** The part of `did` before its first aside ("Fled Singapore" of "Fled Singapore, leaving behind a note that said he was sorry"). */
function beforeAside(did: string): string | undefined {
	const at = [...did.matchAll(/,\s/g)].find((c) => ASIDE.test(did.slice(c.index)))?.index;
	const head = at === undefined ? undefined : did.slice(0, at);
	return head && wordsIn(head) >= 2 && closed(head) ? head : undefined;
}

/** The event a card asks for, or undefined when `did` is no whole event. */
export function eventAnswer(did: string): string | undefined {
	// "Used a speech … to confront the country's past, telling his audience": the words said are gone, and so goes their verb.
	const whole = withinLength(did.replace(SAID_CUT_OFF, ''));
	// "Fled Singapore, leaving behind a note that said he was sorry": an aside that runs into a clause of its own is left out.
	const event = whole && RUNS_ON.test(whole) ? beforeAside(whole) : whole;
	// "Paid a political price: the Ohio legislature": what follows a colon or a semicolon is another clause, cut short.
	if (!event || /[:;]/.test(event)) return undefined;
	// "Annexed Austria she was in danger": the clause ran on into the next one, which has a subject of its own.
	if (RUNS_ON.test(event)) return undefined;
	// "Followed in 1973 and West Germany": the list's second member lost its verb ("with Walter Sisulu and Oliver Tambo" is a list of names, whole).
	if (/(?:^|\s)[\p{Ll}\d][\p{L}\d-]*\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u.test(event)) return undefined;
	// "Fell to 2.2 per cent in June and 1.2 per cent" for July, "… and Arrow of God in 1964" for 1960: a second date left in the answer makes it another event.
	if (event.split(/[^\p{L}]+/u).some((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && MONTHS[w.toLowerCase()] !== undefined)) return undefined;
	if (/\b(?:1\d|20)\d\d\b/.test(event)) return undefined;
	// "Succeeded her as James I of England": the person the pronoun meant was named in the part of the sentence the card leaves out.
	if (/\b(?:him|them)\b|\bher(?=\s+(?:as|to|in|on|at|for|with|from|by|and|into|over)\b|[,.;]|$)/.test(event)) return undefined;
	// "Learned this the hard way": a "this" or "that" standing alone points at a sentence the card does not show.
	if (/\b(?:this|that|these|those)(?=\s+(?:the|a|an|as|to|in|on|at|for|with|from|by|and|was|were|is)\b|[,.;]|$)/.test(event)) return undefined;
	// "Died there, aged 47": the place was named in a sentence the card does not show. Not "there were", nor a "there" in an
	// aside after the event, which points at the place the event names ("Entered the school, one of the first girls admitted there").
	if (/\bthere\b(?!\s+(?:was|were|is|are|had|has|have|would|will|could))/i.test(event.split(',')[0])) return undefined;
	return event;
}
