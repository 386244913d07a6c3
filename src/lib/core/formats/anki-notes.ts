/**
 * Anki notes to questions. Basic, Basic (and reversed card), Basic
 * (optional reversed card) and Basic (type in the answer) by their fields;
 * Cloze as one question per cloze number; any other note type as one
 * flashcard from its first two filled fields. One fact per note: both
 * directions of a reversed note share it, each cloze number has its own.
 * Fields keep their HTML in `html`; `prompt`/`answer` are its plain text.
 */
import { ClozeBudget, clozeCards, clozeRevealed } from './anki-cloze';
import type { AnkiCollection, AnkiNote, AnkiNotetype } from './anki-collection';
import { basicKind } from './anki-kinds';
import type { BankCollector, Draft } from './build';
import { hasMarkup, htmlToText, imageSources } from './html';

/** The fact of a note's questions: one per note, or one per cloze number; the review history maps Anki's cards to it. */
export const noteFact = (guid: string, clozeNumber?: number): string => (clozeNumber === undefined ? `anki-${guid}` : `anki-${guid}-c${clozeNumber}`);

/** Media named by the imported notes: images to bring over, sounds and videos to report. */
export interface NoteMedia {
	images: Set<string>;
	sounds: Set<string>;
}

/**
 * The names in `[sound:name]` marks. Read with indexOf: a regex retried at
 * every mark that is never closed takes time quadratic in the field.
 */
function soundNames(html: string): string[] {
	const names: string[] = [];
	for (let from = 0; ;) {
		const start = html.indexOf('[sound:', from);
		const end = start < 0 ? -1 : html.indexOf(']', start + 7);
		// No `]` after this mark means none after any later mark either.
		if (end < 0) return names;
		if (end > start + 7) names.push(html.slice(start + 7, end));
		from = end > start + 7 ? end + 1 : start + 1;
	}
}

const SRC = /\bsrc\s*=\s*["']?([^"'\s>]+)/i;

/** The `src` of every `<video>`, `<audio>` and `<source>`; each tag searched only up to its `>`, so the field is read once. */
function playerSources(html: string): string[] {
	const out: string[] = [];
	const player = /<(?:video|audio|source)\b/gi;
	for (let m = player.exec(html); m; m = player.exec(html)) {
		const from = m.index + m[0].length;
		const close = html.indexOf('>', from);
		const end = close < 0 ? html.length : close;
		const src = SRC.exec(html.slice(from, end));
		if (src) out.push(src[1]);
		// A tag without a src: every tag opened before its `>` has none either.
		player.lastIndex = src ? from + src.index + src[0].length : end;
	}
	return out;
}

/** Plain text and HTML of a field, noting the media it names. */
function side(html: string, media: NoteMedia): { text: string; html?: string } {
	for (const name of soundNames(html)) media.sounds.add(name.trim());
	for (const src of playerSources(html)) media.sounds.add(src);
	for (const src of imageSources(html)) media.images.add(src);
	const text = htmlToText(html);
	return hasMarkup(html) ? { text, html } : { text };
}

function withHtml(draft: Draft, prompt: { html?: string }, answer: { html?: string }): Draft {
	return prompt.html || answer.html ? { ...draft, html: { prompt: prompt.html, answer: answer.html } } : draft;
}

function clozeNote(
	note: AnkiNote,
	nt: AnkiNotetype,
	label: string,
	media: NoteMedia,
	tags: string[],
	out: BankCollector,
	at: { record: number },
	budget: ClozeBudget
) {
	const ref = /\{\{cloze:([^}]+)\}\}/.exec(nt.questionTemplates[0] ?? '')?.[1]?.trim();
	const index = Math.max(0, ref ? nt.fields.indexOf(ref) : 0);
	const field = note.fields[index] ?? '';
	if (/image-occlusion:/.test(field) || /image occlusion/i.test(nt.name)) {
		return out.skip('image occlusion', `${label}: image occlusion notes are not supported`, at);
	}
	const cards = clozeCards(field, budget);
	if (!Array.isArray(cards)) return out.skip('cloze', `${label}: ${cards.refused}`, at);
	if (cards.length === 0) return out.skip('cloze', `${label}: a cloze note without any {{c1::…}} deletion`, at);
	const extra = note.fields
		.filter((_, i) => i !== index)
		.map((f) => side(f, media).text)
		.filter(Boolean)
		.join('\n');
	for (const card of cards) {
		const prompt = side(card.prompt, media);
		const answer = side(card.answer, media);
		const draft: Draft = { type: 'cloze', prompt: prompt.text, answer: answer.text, explanation: extra, tags, fact: noteFact(note.guid, card.n) };
		out.add(withHtml(draft, prompt, answer), at);
	}
	// The revealed text is what Anki shows on the back; keep its images in the media scan.
	side(clozeRevealed(field), media);
}

/**
 * Front and back fields of a note type we do not know: the field filled in
 * most notes, then the field that most often holds something else. Chosen
 * once per type, so that all its notes ask the same way round.
 */
function chooseSides(texts: string[][]): { front: number; back: number } {
	// A loop, not Math.max(...texts): 200,000 notes spread into one call overflow the stack.
	const width = texts.reduce((most, t) => Math.max(most, t.length), 0);
	const best = (score: (i: number) => number, skip: number) => {
		let pick = -1;
		let top = 0;
		for (let i = 0; i < width; i++) {
			const n = i === skip ? 0 : score(i);
			if (n > top) [pick, top] = [i, n];
		}
		return pick;
	};
	const front = best((i) => texts.filter((t) => t[i]).length, -1);
	const back = best((i) => texts.filter((t) => t[i] && t[i] !== t[front]).length, front);
	return { front, back };
}

/** The fields not shown on either side, as `Name: text` lines, each text once. */
function restOf(texts: string[], nt: AnkiNotetype, front: number, back: number): string {
	const seen = new Set([texts[front], texts[back]]);
	const lines: string[] = [];
	texts.forEach((t, i) => {
		if (!t || seen.has(t)) return;
		seen.add(t);
		lines.push(`${nt.fields[i] || `Field ${i + 1}`}: ${t}`);
	});
	return lines.join('\n');
}

/** Adds the questions of every note to `out`; returns the media they name. */
export function noteQuestions(collection: AnkiCollection, out: BankCollector, multipleDecks: boolean): NoteMedia {
	const media: NoteMedia = { images: new Set(), sounds: new Set() };
	const sides = new Map<string, { front: number; back: number }>();
	const clozeBudget = new ClozeBudget();
	const plain = (note: AnkiNote) => note.fields.map((f) => htmlToText(f));
	// Grouped once: filtering all notes for each of thousands of note types would be quadratic.
	const byType = new Map<string, AnkiNote[]>();
	for (const n of collection.notes) {
		const list = byType.get(n.notetypeId);
		if (list) list.push(n);
		else byType.set(n.notetypeId, [n]);
	}
	for (const [id, nt] of collection.notetypes) {
		if (nt.cloze || basicKind(nt.name)) continue;
		const notes = byType.get(id) ?? [];
		if (notes.length === 0) continue;
		const chosen = chooseSides(notes.map(plain));
		sides.set(id, chosen);
		const name = (i: number) => JSON.stringify(nt.fields[i] || `field ${i + 1}`);
		out.warn(
			`note type ${JSON.stringify(nt.name)} is not one of Anki's standard types: each of its notes became one flashcard, ${name(chosen.front)} on the front and ${name(chosen.back)} on the back, with the other fields in the explanation`
		);
	}
	collection.notes.forEach((note, i) => {
		const at = { record: i + 1 };
		const nt = collection.notetypes.get(note.notetypeId);
		const label = `note ${i + 1}${nt ? ` (${nt.name})` : ''}`;
		if (!nt) return out.skip('unknown note type', `${label}: its note type is missing from the package`, at);
		const deckTags = multipleDecks ? note.deckIds.map((d) => collection.decks.get(d) ?? '').filter(Boolean) : [];
		const tags = [...note.tags, ...deckTags];
		if (nt.cloze) return clozeNote(note, nt, label, media, tags, out, at, clozeBudget);
		const kind = basicKind(nt.name);
		let [front, back, rest] = [0, 1, ''];
		if (!kind) {
			({ front, back } = sides.get(note.notetypeId) ?? { front: 0, back: 1 });
			rest = restOf(
				note.fields.map((f) => side(f, media).text),
				nt,
				front,
				back
			);
		}
		const q = side(note.fields[front] ?? '', media);
		const a = side(note.fields[back] ?? '', media);
		if (!q.text) return out.skip('empty', `${label}: the front is empty`, at);
		if (!a.text) return out.skip('empty', `${label}: the back is empty`, at);
		const fact = noteFact(note.guid);
		const type = kind === 'typed' ? 'short' : 'flashcard';
		out.add(withHtml({ type, prompt: q.text, answer: a.text, explanation: rest, tags, fact }, q, a), at);
		const reverse = kind === 'reversed' || (kind === 'optional-reversed' && htmlToText(note.fields[2] ?? '') !== '');
		if (reverse) out.add(withHtml({ type: 'flashcard', prompt: a.text, answer: q.text, tags, fact }, a, q), at);
	});
	return media;
}
