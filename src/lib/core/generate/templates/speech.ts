/**
 * "Who said …?": for quotations and reported speech whose speaker is named
 * in the same sentence, so the answer stands in the source. Choices are
 * other people of the article, written the way the answer is.
 */
import { arrangeChoices, distractorsFor } from '../distractors';
import { textWith } from '../clauses';
import { contextEdits, introductionOf, usualName } from '../context';
import { infinitive, isFinite } from '../tokens';
import { lookup } from '../lookup';
import { FINDING_VERBS } from '../extract/lexicon';
import type { Analysis, Quote } from '../types';
import type { Draft, TemplateContext } from './draft';
import { namesPerson, personAccept, statementKey } from './draft';

/** The text of a who-said prompt for a quotation or reported speech. */
function whoSaidPrompt(a: Analysis, q: Quote): string | undefined {
	const s = a.sentences[q.sentence];
	// "Some of the results, Hardy wrote, “defeated me completely”": words quoted from inside a sentence finish a subject the prompt leaves out.
	if (!q.indirect && /^[“"]?\p{Ll}/u.test(q.text.trim()) && /,\s*[“"]?$/.test(a.text.slice(Math.max(0, q.start - 4), q.start))) return undefined;
	if (q.lead === undefined) {
		const words = q.text.replace(/[,.;:]+$/, '').trim();
		return words.split(/\s+/).length >= 4 ? `Who said: “${words}”?` : undefined;
	}
	let end = q.end;
	if (!q.indirect) {
		end = q.end + 1;
		const tail = a.text.slice(end, s.end);
		const stop = tail.search(/,|;|\s[–—]\s|\s(?:and|but)\s|[.!?]["”’]?\s*$/);
		end += stop < 0 ? tail.length : stop;
	}
	const said = textWith(a, contextEdits(a, s, q.lead, end), q.lead, end)
		.replace(/\s+/g, ' ')
		.replace(/[\s,.;:]+$/, '');
	// "Who said bitterly afterwards that …": "afterwards" leans on an event the card does not tell; the words quoted stay as said
	// ("would once again inherit the earth").
	const quoteAt = said.search(/[“"]/);
	const head = quoteAt < 0 ? said : said.slice(0, quoteAt);
	const body = head.replace(/\s+(?:afterwards|afterward|later|then|again)\b/, '') + said.slice(head.length);
	// "Who asks, “How many of you?”": a quoted question ends the card's question itself.
	return /[?!][”"’]$/.test(body) ? `Who ${body}` : `Who ${body}?`;
}

/** Longest reported claim asked as an answer, in words: past it the card is a passage to recite. */
const MOST_CLAIM_WORDS = 40;

/** The subject of a reported claim, when it is a short noun phrase ("the success", "Joe Biden"): the words before its first verb. */
function claimSubject(a: Analysis, q: Quote): string | undefined {
	const s = a.sentences[q.sentence];
	const verb = s.tokens.find((t) => t.start >= q.start && t.end <= q.end && isFinite(t));
	if (!verb) return undefined;
	const subject = textWith(a, contextEdits(a, s, q.start, verb.start), q.start, verb.start)
		.replace(/\s+/g, ' ')
		.trim();
	const words = subject.split(' ').filter(Boolean);
	// "blue jays which ate a monarch": the verb found is a relative clause's, and the subject runs on past it.
	if (
		words.length === 0 ||
		words.length > 6 ||
		/[,;:“”"]/.test(subject) ||
		/\b(?:which|who|whom|whose|that)$/i.test(subject) ||
		/^(?:he|she|it|they|we|i|you|this|that|there|these|those)$/i.test(words[0])
	)
		return undefined;
	return subject.replace(/^(The|A|An)\b/, (w) => w.toLowerCase());
}

/** "What did Joel Wit, a senior fellow at the Stimson Center, tell The Diplomat?": reported speech asked as what the speaker argues. */
function claimDraft(ctx: TemplateContext, q: Quote): Draft | undefined {
	const { a } = ctx;
	if (!q.indirect || q.lead === undefined) return undefined;
	const person = a.people.get(q.speaker);
	const s = a.sentences[q.sentence];
	if (!person) return undefined;
	const phrase = a.text
		.slice(q.lead, q.start)
		.replace(/\s+that\s*$|\s+$/g, '')
		.trim();
	const [verb, ...more] = phrase.split(/\s+/);
	if (!verb || more.length > 4 || /[,;:]/.test(phrase)) return undefined;
	// "What did Harrison reply?" asks for an answer to a question the card does not show.
	if (/^(?:repl|answer|respond|ask)/i.test(verb)) return undefined;
	const intro = introductionOf(a, person.key);
	const full = usualName(a, person);
	const name = intro ? (intro.role.source === 'title' ? `${intro.text} ${full}` : `${full}, ${intro.text},`) : full;
	const tail = more.length ? ` ${more.join(' ')}` : '';
	const lower = verb.toLowerCase();
	// "Lee added that …" asks what else Lee said: "What did Lee add?" reads as a riddle.
	const asked = /^add(?:ed|s)$/.test(lower)
		? `What else did ${name} say${tail}`
		: /^(?:has|have|had)$/.test(lower)
			? `What ${lower} ${name}${tail}`
			: /s$/.test(lower) && !/ss$/.test(lower)
				? `What does ${name} ${infinitive(lower)}${tail}`
				: `What did ${name} ${infinitive(lower)}${tail}`;
	const claim = textWith(a, contextEdits(a, s, q.start, q.end), q.start, q.end)
		.replace(/\s+/g, ' ')
		.replace(/[\s,.;:]+$/, '');
	if (claim.split(/\s+/).length > MOST_CLAIM_WORDS || claim.split(/\s+/).length < 4) return undefined;
	// "What did Modi say?" has many answers; "What did Modi say about the success?" has one.
	// "What did Jefferson hope about a short portage?": "a" something is no topic of a finding; the finding is asked whole.
	const subject = claimSubject(a, q);
	// "What did Weitzman show about which approach?": a question word opens a clause, not a topic; nor does an infinitive ("to
	// preserve one's life") or a condition ("if people followed her teachings"); nor does a thing owned by what the card never
	// names ("What did Sullivan argue about its criticism of the police?").
	const about =
		subject &&
		((FINDING_VERBS.has(lower) && /^(?:a|an|some)\s/.test(subject)) ||
			/^(?:which|what|how|whether|why|who|where|when|to|if|unless|once|because|although|though|while|its|their)\b/i.test(subject))
			? undefined
			: subject;
	// "What did Jane Goodall say?" could be anything she said; a verb that says how ("claim", "argue") narrows it.
	if (!about && /^(?:say|said|says|add|added|adds|tell|told|tells)$/.test(lower)) return undefined;
	const prompt = `${asked.replace(/,$/, '')}${about ? ` about ${about}` : ''}?`;
	const answer = `That ${claim}`;
	return { type: 'flashcard', template: 'claim', prompt, answer, sentence: s.index, fact: statementKey(s), score: ctx.scores[s.index].speech };
}

/** Who-said drafts: a choice among the article's people and a typed answer. */
export function speechDrafts(ctx: TemplateContext): Draft[] {
	const { a } = ctx;
	const drafts: Draft[] = [];
	for (const q of a.quotes) {
		const claim = claimDraft(ctx, q);
		if (claim) drafts.push(claim);
		if (!q.speakerText) continue;
		const prompt = whoSaidPrompt(a, q);
		if (!prompt || namesPerson(a, q.speaker, prompt.replace(/^Who /, ''))) continue;
		const s = a.sentences[q.sentence];
		const fact = statementKey(s);
		// Reported speech is better asked as what the speaker argues than as who said it.
		const score = ctx.scores[s.index].speech * (q.indirect ? 0.7 : 1);
		const person = a.people.get(q.speaker);
		const role = lookup(a).firstRoleOf(q.speaker);
		const explanation = person && role ? `${person.name}: ${role.text}.` : undefined;
		const answer = person ? usualName(a, person) : q.speakerText;
		const mention = lookup(a)
			.mentionsIn(s.index)
			.find((m) => m.kind === 'person' && m.text === q.speakerText);
		const common = { sentence: s.index, fact, answer, explanation };
		if (mention) {
			const wrong = distractorsFor(a, mention, 3, (t) => prompt.includes(t)).map((t) => {
				const other = lookup(a).peopleNamed(t)[0];
				return other ? usualName(a, other) : t;
			});
			if (wrong.length === 3) {
				drafts.push({ ...common, type: 'mcq', template: 'who-said', prompt, choices: arrangeChoices(answer, wrong, prompt), score });
			}
		}
		drafts.push({ ...common, type: 'short', template: 'who-said', prompt, accept: personAccept(a, q.speaker, answer), score: score * 0.9 });
	}
	return drafts;
}
