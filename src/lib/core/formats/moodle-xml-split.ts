/**
 * A cloze question's gaps as bank questions. One gap: one question asked at a
 * ____ blank where the gap stood. Several: one question per gap, the other
 * gaps filled with their answers, since a bank question asks one thing.
 */
import type { BankCollector, Draft } from './build';
import type { ClozeText, Gap } from './moodle-xml-cloze';
import { choiceKey, numberKey, typedKey, type Key } from './moodle-xml-keys';
import type { Header } from './moodle-xml-header';
import { formatCount } from './text';
import { richText, type RichText } from './moodle-xml-text';

/**
 * The most characters of question text that splitting cloze questions may
 * make from one file: each of a question's gaps copies its whole text, so a
 * long text with many gaps grows by their product.
 */
export const MAX_CLOZE_SPLIT_CHARS = 20_000_000;

/** What is left of MAX_CLOZE_SPLIT_CHARS while one file is read. */
export interface SplitBudget {
	left: number;
}

const BLANK = '____';
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The key of one gap. */
function gapKey(gap: Gap): Key {
	if (gap.kind === 'number') return numberKey(gap.alternatives);
	if (gap.kind === 'typed') return typedKey(gap.alternatives, gap.caseSensitive);
	return choiceKey(gap.alternatives, gap.kind === 'multi');
}

/** What a filled gap shows: its answer, or its right choices. */
function filled(key: Key, fallback: string): string {
	if (!key.ok) return fallback;
	if (key.fields.type === 'multi') return (key.fields.choices ?? []).filter((_, i) => (key.fields.weights?.[i] ?? 0) > 0).join(', ');
	return String(key.fields.answer);
}

/** Adds one question per gap of `read` (see the file comment), each through `add`. */
export function splitCloze(
	h: Header,
	read: ClozeText & { ok: true },
	out: BankCollector,
	budget: SplitBudget,
	base: (text: RichText) => Draft,
	add: (h: Header, key: Key, draft: Draft, out: BankCollector) => void
): void {
	const keys = read.gaps.map(gapKey);
	const html = h.format === 'html' || h.format === 'moodle_auto_format';
	const fills = keys.map((k, i) => {
		const text = filled(k, read.gaps[i].alternatives[0]?.text ?? '');
		return html ? escapeHtml(text) : text;
	});
	const size = read.pieces.reduce((n, p) => n + p.length, 0) + fills.reduce((n, f) => n + f.length, 0);
	if (size * keys.length > budget.left) {
		return out.skip('cloze', `${h.label} is left out: splitting its gaps would pass ${formatCount(MAX_CLOZE_SPLIT_CHARS)} characters made from one file`, h.at);
	}
	budget.left -= size * keys.length;
	const several = keys.length > 1;
	if (several) out.warn(`${h.label}: its ${keys.length} gaps become ${keys.length} questions, each with the other gaps filled in`, h.at);
	keys.forEach((key, i) => {
		const gap = several ? `, gap ${i + 1} (${read.gaps[i].type})` : '';
		const text = read.pieces.map((p, j) => (j === 0 ? p : `${j - 1 === i ? BLANK : fills[j - 1]}${p}`)).join('');
		const draft = base(richText(text, h.format));
		if (several && draft.name) draft.name = `${draft.name} (gap ${i + 1})`;
		add({ ...h, label: `${h.label}${gap}` }, key, draft, out);
	});
}
