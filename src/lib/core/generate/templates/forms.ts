/**
 * Turning a statement into a question about one of its parts, for simple
 * clauses only (subject, then a past-tense verb): "Xi Jinping spoke … on
 * January 26" gives "Who spoke … on January 26?" and "When did Chinese leader
 * Xi Jinping speak …?"; "The first voyage carried 27,800 men" gives "How many
 * men did the first voyage carry?". Anything less regular stays a cloze.
 */
import type { Proposition } from '../clauses';
import { render, textWith } from '../clauses';
import { lookup } from '../lookup';
import { capital, infinitive, isFinite } from '../tokens';
import type { Analysis, Mention, Span, Token } from '../types';
import { TITLE_MODIFIERS, TITLE_WORDS } from '../extract/lexicon';
import { eventAnswer } from './event-answer';
import { clauseEnd, secondDeedEnd } from './clause-end';
import type { Core } from './clause-core';
import { clauseCore } from './clause-core';
import { dateOfClause, lowerFirstWord } from './clause-date';

/** A subject that is only a pronoun. */
const PRONOUN = /^(?:he|she|it|they|we|i|you)$/i;
const QUALIFIER = /^(?:about|around|roughly|nearly|almost|approximately|some|over|only|just over|just under|more than|less than|fewer than|at least)\s+$/i;
const finite = isFinite;
const SAME_IN_PAST = new Set(['cost', 'put', 'set', 'hit', 'cut', 'spread', 'shut', 'split', 'hurt', 'let', 'quit', 'cast']);
const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'am', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'shall']);

/** Is the word a name by how the article writes it: with a capital inside a sentence ("in Pontevedra"), or only ever with a capital and more than once? */
function capitalisedInside(a: Analysis, word: string): boolean {
	if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
	// A headline capitalises every word ("The Monk Who Counted Peas"): only the prose tells a name.
	const prose = a.headline ? a.text.replace(a.headline, '') : a.text;
	if (new RegExp(`[\\p{Ll},;] ${word}\\b`, 'u').test(prose)) return true;
	const lower = new RegExp(`\\b${word.toLowerCase()}\\b`, 'u').test(prose);
	return !lower && (prose.match(new RegExp(`\\b${word}\\b`, 'gu'))?.length ?? 0) >= 2;
}

/**
 * "Health workers kept people …": a capital word that opens the sentence and that the article also writes in lower case is a
 * common noun there, though it is one word of a longer name ("World Health Organization").
 */
function commonWord(a: Analysis, word: string): boolean {
	return /^\p{Lu}\p{Ll}+$/u.test(word) && new RegExp(`(?<!\\p{L})${word.toLowerCase()}(?!\\p{L})`, 'u').test(a.text);
}

/** The subject as it reads after the verb moves ("The spacecraft" → "the spacecraft"). */
export function subjectText(a: Analysis, p: Proposition, core: Core): string {
	const pronoun = p.edits.find((e) => e.start === core.subject.start && e.text !== '');
	const raw = textWith(a, p.edits, core.subject.start, core.subject.end);
	// "Gandhi himself was arrested" asks about Gandhi.
	let text = raw
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/\s+(?:himself|herself|itself|themselves)$/, '')
		// "What did Ibn Battuta also do in 1354?": an "also" or a "then" points at a sentence the card does not show.
		.replace(/\s+(?:also|then|later|soon|again|finally)$/, '')
		// "What happened to Norman Lamont, who memorably declared …, in May 1993?": a relative clause on a name is another story.
		.replace(/^(\p{Lu}[^,]*),\s+(?:who|whose|which)\s[^]*,$/u, '$1');
	// "Russia’s Luna-25 probe, launched on August 10," keeps the comma that closes its aside.
	if ((text.match(/,/g) ?? []).length < 2) text = text.replace(/,$/, '');
	const first = p.sentence.tokens.find((t) => t.start >= core.subject.start);
	const determiner = /^(The|A|An)\s/.test(text);
	// "Health workers kept people …": one word of a longer name ("World Health Organization") that the article also writes in
	// lower case opens a common noun here.
	const next = first && p.sentence.tokens.find((t) => t.start > first.start);
	const common = !!first && !!next && /^\p{Ll}/u.test(next.text) && commonWord(a, first.text);
	const named = lookup(a)
		.mentionsAt(core.subject.start)
		.some((m) => m.kind !== 'date' && m.kind !== 'number');
	const word = first?.text.toLowerCase() ?? '';
	const title = TITLE_WORDS.has(word) || TITLE_MODIFIERS.has(word);
	// "Congress passed …": a legislature named without "the" is a name, however seldom the article writes it mid-sentence.
	const legislature = /^(?:Congress|Parliament|Senate)$/.test(first?.text ?? '');
	const proper =
		!determiner &&
		(pronoun ||
			(!common &&
				(named ||
					title ||
					legislature ||
					!first ||
					/^\p{Lu}{2,}|^\p{Lu}\./u.test(first.text) ||
					['ProperNoun', 'Person', 'Place', 'Organization'].some((t) => first.tags.has(t)) ||
					capitalisedInside(a, first.text))));
	return proper ? text : text[0].toLowerCase() + text.slice(1);
}

/** The rest of the clause after `from`, with `cut` removed and the proposition's edits applied, tidied. */
function rest(a: Analysis, p: Proposition, from: number, end: number, cut?: Span): string {
	let text = cut && cut.start >= from ? textWith(a, p.edits, from, cut.start) + textWith(a, p.edits, cut.end, end) : textWith(a, p.edits, from, end);
	text = text.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trimEnd();
	return /(?:\b\p{L}\.){2,}$/u.test(text) ? text : text.replace(/[\s,;:–—.!]+$/, '');
}

/** Past tense made into "did" + infinitive; "was/were" + participle kept as is. */
function verbPhrase(core: Core): { aux: string; main: string } | undefined {
	if (core.participle) return { aux: core.verb.text, main: core.participle.text };
	// "cost", "put", "set" read the same in past and present; in a narrative with a singular subject they are past.
	const past = core.verb.tags.has('PastTense') || SAME_IN_PAST.has(core.verb.text);
	if (!past || AUX.has(core.verb.text.toLowerCase()) || /^(was|were)$/.test(core.verb.text)) return undefined;
	return { aux: 'did', main: infinitive(core.verb.text) };
}

/**
 * A verb in the present made into "does"/"do" + infinitive ("The hole forms" → "does the hole form"), for how things are, as explainers
 * write. Only where the subject agrees with it: compromise reads many a noun as a present verb ("Such projects remain", "her campaign soon became").
 */
function presentPhrase(p: Proposition, core: Core): { aux: string; main: string } | undefined {
	const { verb } = core;
	const word = verb.text.toLowerCase();
	if (core.participle || !verb.tags.has('PresentTense') || verb.tags.has('PastTense') || verb.tags.has('Copula') || AUX.has(word) || SAME_IN_PAST.has(word))
		return undefined;
	const subject = p.sentence.tokens.filter((t) => t.start >= core.subject.start && t.end <= core.subject.end);
	// "auroras usually appear": an adverb before the verb is the verb's, and the noun before it heads the subject.
	const head = subject.findLast((t) => !t.tags.has('Adverb'));
	// "the first person to carry", "Thunder rumbles rather than cracks": the verb found is not the clause's.
	if (!head || subject.some((t) => /^(?:to|than)$/i.test(t.text)) || head.tags.has('Verb') || !['Noun', 'ProperNoun'].some((tag) => head.tags.has(tag)))
		return undefined;
	const main = infinitive(verb.text);
	// "forms" → "form" is the third person's "does"; "need" reads the same and is "do".
	const aux = main !== word ? 'does' : 'do';
	// A "they" the caller names ("Because firms cannot …, they raise prices") is plural too.
	return (aux === 'do') === (head.tags.has('Plural') || /^they$/i.test(head.text)) ? { aux, main } : undefined;
}

/** "…, then circles back", "… soon became political": a second verb, or a past one, in what follows the present verb is another clause. */
function anotherVerb(p: Proposition, from: number, to: number): boolean {
	const tokens = p.sentence.tokens.filter((t) => t.start >= from && t.end <= to);
	// "a band called the auroral oval": a past form straight after its noun describes it.
	const describes = (i: number) => !!tokens[i - 1]?.tags.has('Noun') && !tokens[i - 1].tags.has('Pronoun');
	// "how bright they appear must reflect …": a modal after the verb is the clause's own verb, the first one a relative's.
	return tokens.some(
		(t, i) => (finite(t) && ((t.tags.has('PastTense') && !describes(i)) || /^(?:and|or|then|but)$/i.test(tokens[i - 1]?.text ?? ','))) || t.tags.has('Modal')
	);
}

/** A question of `text`; a comma the cut left before the question mark goes (‘known as "computers,"?’). */
const question = (text: string) =>
	capital(
		text
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/,([”"’]?)$/, '$1')
	) + '?';

/** "Who spoke over the phone with …?": the person is the subject, so it gives way to "who". */
export function whoQuestion(a: Analysis, p: Proposition, m: Mention): string | undefined {
	if (m.kind !== 'person') return undefined;
	const core = clauseCore(a, p);
	if (!core || m.end > core.verb.start) return undefined;
	const title = lookup(a)
		.rolesIn(m.sentence)
		.find((r) => r.source === 'title' && r.end + 1 === m.start);
	const subjectStart = title ? title.start : m.start;
	if (subjectStart !== core.subject.start && !(core.fronted && subjectStart === core.subject.start)) return undefined;
	const between = a.text.slice(m.end, core.verb.start).trim();
	if (between && !/^,[^]*,$/.test(between)) return undefined;
	return render(a, { ...p, end: clauseEnd(a, p, core.verb.end) }, [{ start: subjectStart, end: core.verb.start, text: 'who ' }], '?');
}

/** "When did X do Y?", for a date in a prepositional phrase of a simple clause. */
export function whenQuestion(a: Analysis, p: Proposition, m: Mention): string | undefined {
	const found = dateOfClause(a, p, m);
	const vp = found && verbPhrase(found.core);
	if (!found || !vp) return undefined;
	const rested = rest(a, p, found.after.end, found.end, found.cut);
	// "When did Foreman retire, became a preacher …?": a second verb of a series is not turned by the question, which stops before it.
	const tail = SECOND_PAST_VERB.test(rested) ? '' : rested;
	const subject = subjectText(a, p, found.core);
	// "When did it make contact?": a pronoun nothing resolved leaves the question about no one.
	if (PRONOUN.test(subject)) return undefined;
	// "When did the Second World War begin?" asks what everyone would; a tail or a subject that names nothing does not.
	if ((tail.trim() || !/\p{Lu}/u.test(subject)) && merelyCame(subject, found.after.text, tail.trim())) return undefined;
	const asked = question(`When ${vp.aux} ${subject} ${vp.main}${tail}`);
	// "When did the turning point come?", "When did a final leap come?": a short question about "the" or "a" something says too
	// little to be answered alone;
	// "When did excavations begin at Herculaneum and at Pompeii in 1748?" asks one date while it gives another.
	if (/^(?:the|an?)\s/i.test(subject) && asked.split(/\s+/).length < 7) return undefined;
	// "When did recognition come, when three botanists … reached similar conclusions?": the "when" is already in the question.
	return /\b(?:1\d|20)\d\d\b/.test(tail) || /,\s+when\s/.test(tail) ? undefined : asked;
}

/** A comma and a second past verb opening what follows the verb asked: ", became a Christian preacher". */
const SECOND_PAST_VERB = /^\s*,\s+(?:\p{Ll}+ed|became|began|went|won|took|made|left|came|gave|fought|wrote|ran|built|sold|found|lost|led|met)\b/u;

/**
 * "What did the turning point in her life do in 1986?" → "Came at a conference": a thing that merely came or began, whether
 * "the" something or someone's ("Harriet Tubman's most famous wartime action came on June 2, 1863, in the Combahee River
 * Raid"), did nothing to ask about, nor is when it came asked by what follows the verb.
 */
function merelyCame(subject: string, verb: string, tail: string): boolean {
	if (!/^(?:came|began|started|followed|happened|occurred|arrived|ended|continued|come|begin|start|follow|happen|occur|arrive|end|continue)$/i.test(verb))
		return false;
	// "When did tragedy follow?": a thing that came where nothing is named is not asked about at all.
	if (!/\p{Lu}/u.test(`${subject} ${tail}`)) return true;
	return /^the\s|^[^,]*['’]s?\s+\p{Ll}/iu.test(subject) && (!tail || /^,?\s*(?:in|at|on|by|after|before|with|from|during|to|when|as)\b/i.test(tail));
}

/** What a count opens on: "more than 18,000", "about two million", "12". */
const COUNT_OPENS =
	/^(?:(?:more|fewer|less)\s+than\s+|about\s+|some\s+|nearly\s+|almost\s+|over\s+|around\s+|roughly\s+|only\s+|just\s+|up\s+to\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred|hundreds|thousands)\b)/i;

/** What the subject did, from the verb `after` to `end`: the words after the verb, and the event answer they make, if any. */
function deedOf(a: Analysis, p: Proposition, core: Core, after: Token, end: number, cut?: Span): { tail: string; did?: string } {
	const raw = rest(a, p, after.end, end, cut);
	const tail = raw
		.replace(/\s+,/g, ',')
		.replace(/,\s*,/g, ',')
		.replace(/^,\s*/, '')
		.replace(/\b(and|but),\s+/g, '$1 ')
		.trim();
	// "Painted The Broken Column, in which her body is split open …": the aside describes the thing done, the event ends before it.
	const event = tail.replace(/,\s+(?:in which|which|where|who|whose|when)\b.*$/, '');
	// "Was proclaimed, creating the Federal Republic": a participle's result keeps the comma before it.
	// "Retired, became a Christian preacher … and later returned": a series of verbs keeps its comma too.
	const gap = /^\s*,/.test(raw) && (/^\p{Ll}+ing\b/u.test(event) || /\band\s+(?:later\s+|then\s+|finally\s+)?\p{Ll}+ed\b/u.test(event)) ? ', ' : ' ';
	return { tail, did: eventAnswer(`${core.participle ? `${core.verb.text} ` : ''}${after.text}${event ? `${gap}${event}` : ''}`) };
}

/** "What did the Thai government do on 2 July 1997?" → "Floated the baht": the event a date marks, asked by its date. */
export function whatHappened(a: Analysis, p: Proposition, m: Mention): { prompt: string; answer: string } | undefined {
	const found = dateOfClause(a, p, m);
	const vp = found && verbPhrase(found.core);
	if (!found || !vp) return undefined;
	const { core, after, end, cut, when } = found;
	// "Examined water from a lake near Delft and found it full of green spirals": both deeds, when they make one readable event.
	const later = secondDeedEnd(a, p, end);
	const both = later === undefined ? undefined : deedOf(a, p, core, after, later, cut);
	const { tail, did } = both?.did ? both : deedOf(a, p, core, after, end, cut);
	const subject = subjectText(a, p, core);
	if (PRONOUN.test(subject)) return undefined;
	if (merelyCame(subject, after.text, tail)) return undefined;
	// "What did Finland do in 1987?" → "Counted more than 18,000 homeless people": a count is asked by "How many", which has one answer.
	if (/^(?:counted|recorded|registered|tallied|numbered)$/i.test(after.text) && COUNT_OPENS.test(tail)) return undefined;
	// "What did the conflict do …?", "What did excavations do …?": a subject the question does not name leaves it unanswerable; "a
	// powerful earthquake" is what the card asks for ("What struck Lisbon on 1 November 1755?").
	if (!/[\p{Lu}\d]/u.test(subject) && !/^an?\s/i.test(subject)) return undefined;
	// "What did when US Secretary of State Colin Powell do …?", "What did the day after Britain do …?": a clause or a phrase of time read as the subject.
	if (
		/^(?:when|while|after|before|as|if|because|although|though|since|until|once)\s|^the\s+(?:day|week|month|year|morning|night|evening)\s+(?:after|before)\s/i.test(
			subject
		)
	)
		return undefined;
	if (!did) return undefined;
	// "Switzerland followed in 1973 and West Germany in 1974": what is left is a list, not an event.
	if (!tail || /^(?:and|or|but)\b/.test(tail)) return undefined;
	// "What did a fire do …?" reads oddly: an event with a short indefinite subject is asked as what happened. One the article
	// describes ("a handful of schoolchildren in Des Moines, Iowa") says who acted, which "What happened in December 1965?" would not.
	const indefinite = /^(?:a|an|some)\s/i.test(subject);
	// "a yacht called L'Aigle steamed …": the name belongs to the subject, so the whole event is the answer; so is a deed of a few
	// words ("Found Peruggia guilty"), which says too little alone.
	const short = subject.split(/\s+/).length < 5 && !/\s\p{Lu}/u.test(subject);
	// "a 31-year-old German scientist named Alfred Wegener" names whom the event is about: "What happened …?" asks the whole of it.
	// So does one named in an aside that closes it ("a Pittsburgh-area franchisee, Jim Delligatti,").
	const naming = /\b(?:named|called|dubbed|nicknamed)\s+\p{Lu}/u.test(subject) || /,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+,?$/u.test(subject);
	if (indefinite && (short || naming || /^(?:named|called|known|dubbed|nicknamed)\b/.test(did) || did.split(/\s+/).length < 5)) {
		// "What happened in February 1948?" has any answer; "What shocked American opinion in February 1948?" has one: the thing
		// the article describes ("A Communist coup in Prague"), when it is more than a word and what it did is more than one; not
		// people or a body ("What found Peruggia guilty?" asks for a court as a thing).
		if (
			subject.split(/\s+/).length >= 3 &&
			did.split(/\s+/).length >= 2 &&
			!/^(?:named|called|known|dubbed|nicknamed)\b/.test(did) &&
			!ACTOR_HEAD.test(subject) &&
			// "a seventeen-year-old Swede named Ingvar Kamprad" is someone, whom "What registered …?" would ask as a thing.
			!naming
		)
			// "What struck Lisbon, the capital of Portugal, on …?": an aside the event ends on is closed before the date.
			return { prompt: question(`What ${did}${(did.match(/,/g) ?? []).length % 2 ? ',' : ''} ${when}`), answer: capital(subject) };
		return { prompt: question(`What happened ${when}`), answer: `${capital(subject)} ${did}` };
	}
	// "What did Jesse Owens do on March 31, 1980?" → "Died …" reads oddly: a death happens to someone.
	const happened = core.participle || /^died$/i.test(after.text);
	const prompt = happened ? `What happened to ${subject} ${when}` : `What did ${subject} do ${when}`;
	return { prompt: question(prompt), answer: capital(did) };
}

/** Heads of an indefinite subject that act as people do: "a court in Florence", "a crowd of workers". */
const ACTOR_HEAD =
	/^(?:a|an|some)\s+(?:\p{L}+\s+)?(?:court|jury|team|group|crowd|man|woman|men|women|boy|girl|person|people|committee|panel|judge|mob|band|party|family|couple|pair|student|teacher|worker|soldier|officer)s?\b/iu;

/** "How many men did the first voyage carry?", "How much did the mission cost?", "By how much did the baht fall?". */
export function howManyQuestion(a: Analysis, p: Proposition, m: Mention): string | undefined {
	if (m.kind !== 'number') return undefined;
	const core = clauseCore(a, p);
	const vp = core && !core.participle ? verbPhrase(core) : undefined;
	if (!core || !vp || m.start < core.verb.end) return undefined;
	const between = a.text.slice(core.verb.end, m.start).trim();
	const byWhat = /^by\b/.test(between);
	const qualifier = between.replace(/^by\s*/, '');
	if (qualifier !== '' && !QUALIFIER.test(`${qualifier} `)) return undefined;
	const subject = subjectText(a, p, core);
	if (PRONOUN.test(subject)) return undefined;
	const later = core.fronted ? ` ${lowerFirstWord(textWith(a, p.edits, core.fronted.span.start, core.fronted.end))}` : '';
	const money = /^[$£€¥₹]|rupees|dollars|yuan|yen|won|baht|ringgit|euros|pounds/.test(m.text);
	const end = clauseEnd(a, p, core.verb.end);
	if (m.end > end) return undefined;
	// "ruled by six votes to one" is a tally, not an amount something changed by.
	if (byWhat && !/[%$£€¥₹]|per ?cent|percent|points?\b/.test(m.text + a.text.slice(m.end, m.end + 12))) return undefined;
	if (byWhat) return question(`By how much ${vp.aux} ${subject} ${vp.main}${rest(a, p, m.end, end).split(',')[0]}${later}`);
	if (money) {
		// "How much did Exxon spend on the clean-up?": what the money went on stays, but not why ("to stop it from failing").
		const spentOn = rest(a, p, m.end, end)
			.split(',')[0]
			.replace(/\s+(?:to|in\s+order\s+to|so\s+as\s+to|so\s+that)\s+(?!(?:the|a|an|its|his|her|their)\b)\p{Ll}+\b.*$/u, '');
		return question(`How much ${vp.aux} ${subject} ${vp.main}${spentOn}${later}`);
	}
	const counted = /·(.+)$/.exec(m.form)?.[1];
	if (!counted) return undefined;
	const nounEnd = p.sentence.tokens.find((t) => t.start >= m.end && t.text.toLowerCase() === counted)?.end;
	if (!nounEnd) return undefined;
	const np = a.text.slice(m.end, nounEnd).trim();
	// "followed three weeks later": a span counted from another moment says when, not how many.
	if (/^\s*(?:later|earlier|after|before|ago|on)\b/.test(a.text.slice(nounEnd, end))) return undefined;
	// "The blast killed nearly 2,000 people, injured about 9,000 more and …": a second verb of the subject is another fact.
	const next = p.sentence.tokens.find((t) => t.start >= nounEnd);
	const listed = !!next && /^\s*,\s*$/.test(a.text.slice(nounEnd, next.start)) && (isFinite(next) || /^\p{Ll}+ed$/u.test(next.text));
	// "contained two transistors and a rechargeable battery": a second thing joined to the one counted is no part of the question.
	const joined = /^\s+and\s+(?:an?|the|one|\d)\b/.test(a.text.slice(nounEnd, end));
	// "received 26 pacemakers in all as the technology improved, spoke widely about it, and died …": the question stops before the
	// subject's next verb.
	const nextVerb = p.sentence.tokens.find((t) => t.start > nounEnd && t.end <= end && isFinite(t) && /,\s*(?:and\s+)?$/.test(a.text.slice(nounEnd, t.start)));
	const tail = listed || joined ? '' : rest(a, p, nounEnd, nextVerb ? nounEnd + a.text.slice(nounEnd, nextVerb.start).search(/,\s*(?:and\s+)?$/) : end);
	return question(`How many ${np} ${vp.aux} ${subject} ${vp.main}${tail}${later}`);
}

/** "Why did the Thai government float the baht?": the clause up to `end` (by default, to where it ends), asked for its reason. */
export function whyQuestion(a: Analysis, p: Proposition, until?: number): string | undefined {
	const asked = whyOfClause(a, p, until);
	// "In the flop, the jumper arches his back …": a short phrase before the subject goes to the end of the question.
	const phrase = asked ? undefined : /^(?:In|At|On|During|Under|For|Within)\s+[^,]{2,40},\s+/.exec(a.text.slice(p.start, p.end));
	if (!phrase || p.sentence.tokens.some((t) => t.start >= p.start && t.end <= p.start + phrase[0].length && finite(t))) return asked;
	const start = p.start + phrase[0].length;
	// "In the Soviet Union, Gorbachev's reforms signalled that Moscow would no longer send tanks to …": the reason is the reported clause's.
	if (/\sthat\s/.test(a.text.slice(start, until ?? p.end))) return undefined;
	const rest = whyOfClause(a, { ...p, start, edits: p.edits.filter((e) => e.start >= start), blocked: p.blocked.filter((c) => c.start >= start) }, until);
	const where = phrase[0].replace(/,\s+$/, '');
	return rest && `${rest.slice(0, -1)} ${where.charAt(0).toLowerCase()}${where.slice(1)}?`;
}

/** The why-question of a clause that opens on its subject (or a date before it). */
function whyOfClause(a: Analysis, p: Proposition, until?: number): string | undefined {
	const core = clauseCore(a, p);
	const end = until ?? (core && clauseEnd(a, p, (core.participle ?? core.verb).end));
	if (!core || end === undefined || core.verb.start >= end) return undefined;
	const subject = subjectText(a, p, core);
	if (PRONOUN.test(subject)) return undefined;
	const later = core.fronted ? ` ${lowerFirstWord(textWith(a, p.edits, core.fronted.span.start, core.fronted.end))}` : '';
	const vp = verbPhrase(core);
	const after = (core.participle ?? core.verb).end;
	// The reason is the clause's own: a second clause joined by "but" or "and" is not asked about.
	const stop = clauseEnd(a, p, after);
	// "The design has 24, but 31 are in service, so that a spare can take over": the reason is the second clause's.
	if (stop < end) return undefined;
	if (vp) return question(`Why ${vp.aux} ${subject} ${vp.main}${rest(a, p, after, end)}${later}`);
	const present = presentPhrase(p, core);
	if (present && !anotherVerb(p, after, end)) return question(`Why ${present.aux} ${subject} ${present.main}${rest(a, p, after, end)}${later}`);
	const verb = core.verb.text.toLowerCase();
	// "She had to enter by a separate door", "her mother had an easel made": "had" as a verb of its own asks "did … have".
	const next = p.sentence.tokens.find((t) => t.start >= core.verb.end);
	if (verb === 'had' && next && !next.tags.has('PastTense') && !next.tags.has('Participle') && !/^(?:been|not|never|already|also|just)$/.test(next.text))
		return question(`Why did ${subject} have${rest(a, p, core.verb.end, end)}${later}`);
	// "many ovens have a turntable": "have" as a verb of its own in the present asks "do … have".
	const object = p.sentence.tokens.find((t) => t.start >= core.verb.end && !t.tags.has('Adverb') && !/^(?:long|not|never|already|also|just)$/.test(t.text));
	if ((verb === 'have' || verb === 'has') && object && !object.tags.has('PastTense') && !object.tags.has('Participle') && !/^(?:been|to)$/.test(object.text))
		return question(`Why ${verb === 'has' ? 'does' : 'do'} ${subject} have${rest(a, p, core.verb.end, end)}${later}`);
	if (AUX.has(verb) || verb === 'was' || verb === 'were') return question(`Why ${verb} ${subject}${rest(a, p, core.verb.end, end)}${later}`);
	// "mRNA cannot cross a membrane": the negative keeps its place before the subject, as a question says it.
	if (verb === 'cannot') return question(`Why can't ${subject}${rest(a, p, core.verb.end, end)}${later}`);
	return undefined;
}
