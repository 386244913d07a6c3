/**
 * Quotations and their speakers: `"…," X said`, `"…," according to X`,
 * `X said "…"`, a quote continuing after "X said.", and reported speech
 * (`X told Y that …`, `X said he …`). Names inside the quoted words never
 * count as the speaker: when Chung says "Kim made a promise", the words are Chung's.
 */
import type { Mention, Paragraph, Quote, Sentence, Span } from '../types';
import { withinAny } from '../spans';
import { bridgesSubject, inSentence } from './coref';
import { FINDING_VERBS, SPEECH_VERBS } from './lexicon';

const SAY = /^(said|says|say|added|adds|argued|argues|warned|warns|told|tells)$/;
/**
 * Where reported speech ends: before a second clause of the sentence's own ("…, and critics", "…, and the selling intensified":
 * a "the" something that did something past is told, not reported).
 */
const CLAUSE_END =
	/,\s+(?:but|while|whereas|although|though|and experts|and critics|and (?:he|she|they|his|her|their))\b|,\s+and\s+(?=\p{Lu}\p{Ll})(?!I\b)|,\s+and\s+(?=(?:the|a|an)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+ed\b(?!\s+(?:by|to|with|in)\b))|;|\s[–—]\s/u;

type Context = { sentences: Sentence[]; people: Mention[]; resolve: (s: Sentence, at: number) => string | undefined };

/** The quotation spans of a paragraph: curly pairs, and straight double quotes taken two by two. */
function quoteSpans(text: string, para: Paragraph): (Span & { open: number; close: number })[] {
	const spans: (Span & { open: number; close: number })[] = [];
	let open = -1;
	for (let i = para.start; i < para.end; i++) {
		const c = text[i];
		if (c === '“' || (c === '"' && open < 0)) open = i;
		else if ((c === '”' || c === '"') && open >= 0) {
			spans.push({ open, close: i, start: open + 1, end: i });
			open = -1;
		}
	}
	return spans;
}

/** The person named right before a speech verb at `verbAt` (after an aside in commas, if any). */
function subjectBefore(ctx: Context, s: Sentence, verbAt: number, notIn: Span[]): { key: string; text?: string } | undefined {
	const before = inSentence(ctx.people, s.index).filter((m) => m.end <= verbAt && !withinAny(notIn, m.start, m.end));
	const m = before[before.length - 1];
	// "Donald Hopkins and his colleague Ernesto Ruiz-Tiben argued": two speakers, neither of whom said it alone.
	const second = !!m && /\band\s+(?:(?:his|her|their)\s+\p{Ll}+\s+)?$/u.test(s.text.slice(0, m.start - s.start));
	if (m && !second && bridgesSubject(s.text.slice(m.end - s.start, verbAt - s.start))) return { key: m.key, text: m.text };
	const pronoun = /\b(he|she|He|She)\s+$/.exec(s.text.slice(0, verbAt - s.start));
	if (pronoun) {
		const key = ctx.resolve(s, verbAt);
		return key ? { key } : undefined;
	}
	return undefined;
}

/** The speaker named after a closing quote: `," Lee said`, `," according to Wit`, `," said Kelly`. */
function speakerAfter(ctx: Context, s: Sentence, close: number): { key: string; text?: string } | undefined {
	const after = s.text.slice(close + 1 - s.start);
	const named = inSentence(ctx.people, s.index).filter((m) => m.start > close && m.start - close < 60);
	const first = named[0];
	if (/^\s*according to\s/.test(after) && first) return { key: first.key, text: first.text };
	const verbFirst = /^\s*(\p{Ll}+)\s/u.exec(after);
	if (verbFirst && SPEECH_VERBS.has(verbFirst[1]) && first) return { key: first.key, text: first.text };
	if (!first) {
		const pronoun = /^\s*(he|she)\s+(\p{Ll}+)/u.exec(after);
		if (pronoun && SPEECH_VERBS.has(pronoun[2])) {
			const key = ctx.resolve(s, close);
			return key ? { key } : undefined;
		}
		return undefined;
	}
	const lead = s.text.slice(close + 1 - s.start, first.start - s.start);
	if (!/^[\s\p{L}.]*$/u.test(lead) || lead.split(/\s+/).filter(Boolean).length > 4) return undefined;
	const verb = s.tokens.find((t) => t.start >= first.end && SPEECH_VERBS.has(t.text));
	if (!verb || !bridgesSubject(s.text.slice(first.end - s.start, verb.start - s.start))) return undefined;
	return { key: first.key, text: first.text };
}

/** Direct quotations of one paragraph, one record per sentence a quotation runs through. */
function directQuotes(ctx: Context, text: string, sentences: Sentence[], spans: ReturnType<typeof quoteSpans>): Quote[] {
	const quotes: Quote[] = [];
	let lastSpeaker: string | undefined;
	for (const span of spans) {
		const inside = sentences.filter((s) => s.end > span.start && s.start < span.end);
		if (!inside.length) continue;
		const first = inside[0];
		const last = inside[inside.length - 1];
		const verbBefore = /(\p{Ll}+)(?:\s+that)?\s*[:,]?\s*$/u.exec(text.slice(first.start, span.open));
		let speaker: { key: string; text?: string } | undefined;
		let lead: number | undefined;
		if (verbBefore && SPEECH_VERBS.has(verbBefore[1])) {
			const verbAt = first.start + (verbBefore.index ?? 0);
			speaker = subjectBefore(ctx, first, verbAt, spans);
			lead = verbAt;
		}
		const endsSpeech = /[,!?…]$/.test(text.slice(span.start, span.end).trim()) || /^\s*according to/.test(text.slice(span.close + 1, last.end));
		if (!speaker && endsSpeech) speaker = speakerAfter(ctx, last, span.close);
		const opensSentence = first.start === span.open;
		const words = text.slice(span.start, span.end).split(/\s+/).length;
		if (!speaker && opensSentence && lastSpeaker && words >= 4) speaker = { key: lastSpeaker };
		if (!speaker) continue;
		lastSpeaker = speaker.key;
		for (const s of inside) {
			const start = Math.max(span.start, s.start);
			const end = Math.min(span.end, s.end);
			const piece = text.slice(start, end).trim();
			if (!piece) continue;
			const speakerText = speaker.text && s.text.includes(speaker.text) ? speaker.text : undefined;
			quotes.push({ start, end, text: piece, sentence: s.index, speaker: speaker.key, speakerText, indirect: false, lead: s === first ? lead : undefined });
		}
	}
	return quotes;
}

/**
 * Where reported speech ends: at the end of its clause, past a second "that" clause of the same verb (", but that it may be …"), and
 * never inside a quotation it holds ("that they were “on the point of starvation, not so much from want of food, but from …”").
 */
function reportEnd(tail: string, quotedAt: (offset: number) => boolean): number {
	const ends = new RegExp(CLAUSE_END.source, 'gu');
	for (let cut = ends.exec(tail); cut; cut = ends.exec(tail)) {
		if (quotedAt(cut.index)) continue;
		const after = cut.index + (/^,?\s+(?:but|and|yet)\s+that\s/.exec(tail.slice(cut.index))?.[0].length ?? 0);
		if (after === cut.index) return cut.index;
		ends.lastIndex = after;
	}
	return tail.length;
}

/** Reported speech in a sentence: `X told The Diplomat that …`, `Xi said he supports …`. */
function reportedSpeech(ctx: Context, s: Sentence, quoted: Span[]): Quote | undefined {
	for (const verb of s.tokens) {
		const finding = FINDING_VERBS.has(verb.text);
		if ((!SPEECH_VERBS.has(verb.text) && !finding) || withinAny(quoted, verb.start, verb.end)) continue;
		const rest = s.text.slice(verb.end - s.start);
		// "showed that": what was found follows at once, not after an object ("believed in God that" is no finding).
		const that = (finding ? /^()\s+that\s/ : /^((?:\s+[\p{L}\d.’'-]+){0,4}?)\s+that\s/u).exec(rest);
		// "He added the 200 meters": "added" without "that" is not speech; "said the plan would fail" is.
		const bare = SAY.test(verb.text) && !/^(?:told|added|adds)$/.test(verb.text) && /^\s+(?:he|she|they|it|the|a|an|\p{Lu})/u.test(rest);
		if (!that && !bare) continue;
		const speaker = subjectBefore(ctx, s, verb.start, quoted);
		if (!speaker) continue;
		const contentStart = verb.end + (that ? that[0].length : rest.length - rest.trimStart().length);
		const tail = s.text.slice(contentStart - s.start);
		const cut = reportEnd(tail, (offset) => withinAny(quoted, contentStart + offset, contentStart + offset + 1));
		const content = tail
			.slice(0, cut)
			.replace(/[.!?]+$/, '')
			.trim();
		// A quotation inside it is a direct quote asked on its own, unless it closes the reported speech ("… but that it may be “the plainest …”").
		const inner = quoted.filter((q) => q.start >= contentStart && q.start < contentStart + content.length);
		const closing = inner.length > 0 && inner[0].start > contentStart + 2 && inner[inner.length - 1].end >= contentStart + content.length - 1;
		if (content.split(/\s+/).length < 4 || (inner.length > 0 && !closing)) continue;
		const speakerText = speaker.text && s.text.slice(0, verb.start - s.start).includes(speaker.text) ? speaker.text : undefined;
		// "She realised that …": who found it is left to the sentences before, which a finding asked alone cannot show.
		if (finding && !speakerText) continue;
		// "Katalin Karikó and Drew Weissman showed that …": a finding of two is not the second one's alone.
		if (finding && /\band\s+$/.test(s.text.slice(0, s.text.lastIndexOf(speakerText ?? '', verb.start - s.start)))) continue;
		return {
			start: contentStart,
			end: contentStart + content.length,
			text: content,
			sentence: s.index,
			speaker: speaker.key,
			speakerText,
			indirect: true,
			lead: verb.start
		};
	}
	return undefined;
}

/** Finds every attributed quotation and reported speech of the article; also returns all quoted spans. */
export function findQuotes(text: string, paragraphs: Paragraph[], ctx: Context): { quotes: Quote[]; quoted: Span[] } {
	const quotes: Quote[] = [];
	const quoted: Span[] = [];
	// Each paragraph's sentences, grouped once: filtering all of them for every quotation grows with the square of the article.
	const byParagraph = new Map<number, Sentence[]>();
	for (const s of ctx.sentences) {
		const group = byParagraph.get(s.paragraph);
		if (group) group.push(s);
		else byParagraph.set(s.paragraph, [s]);
	}
	for (const para of paragraphs) {
		const spans = quoteSpans(text, para);
		quoted.push(...spans.map(({ start, end }) => ({ start, end })));
		quotes.push(...directQuotes(ctx, text, byParagraph.get(para.index) ?? [], spans));
	}
	const quoting = new Set(quotes.map((q) => q.sentence));
	for (const s of ctx.sentences) {
		if (quoting.has(s.index)) continue;
		const reported = reportedSpeech(ctx, s, quoted);
		if (reported) quotes.push(reported);
	}
	return { quotes: quotes.sort((a, b) => a.start - b.start), quoted };
}
