/**
 * The question types whose key is more than one answer, in CSV cells that
 * `emitCsv` writes and `parseCsv` reads back, readable in a spreadsheet:
 * - choose all that apply: every choice in the choices cell, the right ones
 *   in the answer cell, one weight per choice in the weights cell (without
 *   weights the right choices share 100% and the others get 0%);
 * - matching: "left → right" lines in the answer cell (`->` is read too),
 *   right items that match nothing in the choices cell, one per line (a
 *   right item may hold `|` or `;`, so only line breaks split them);
 * - number: the answer cell holds the number; the accepted cell lists every
 *   accepted number as "value ± tolerance (credit%)" when there is more than
 *   the number itself.
 */
import { MATCH_ARROW, matchingAnswerText } from '../bank/derived-answer';
import type { AcceptedNumber, MatchPair, Question } from '../bank/schema';
import type { Draft } from './build';

/** One value per line, trimmed, empty lines left out. */
const lines = (cell: string) =>
	cell
		.split(/\r\n|\r|\n/)
		.map((v) => v.trim())
		.filter(Boolean);

/** "3 ± 2 (50%)": a number as the accepted cell lists it. */
function numberLine(n: AcceptedNumber): string {
	return `${n.value}${n.tolerance > 0 ? ` ± ${n.tolerance}` : ''}${n.credit !== 100 ? ` (${n.credit}%)` : ''}`;
}

const NUMBER_LINE = /^([-+]?[\d.]+(?:e[-+]?\d+)?)(?:\s*(?:±|\+\/-|\+-)\s*([\d.]+(?:e[-+]?\d+)?))?(?:\s*\((\d+(?:\.\d+)?)%\))?$/i;

/** The accepted numbers of a cell, or undefined when a line is not one. */
function readNumbers(cell: string): AcceptedNumber[] | undefined {
	const out: AcceptedNumber[] = [];
	for (const line of lines(cell)) {
		const m = NUMBER_LINE.exec(line);
		if (!m) return undefined;
		const [value, tolerance, credit] = [Number(m[1]), m[2] ? Number(m[2]) : 0, m[3] ? Number(m[3]) : 100];
		if (![value, tolerance, credit].every(Number.isFinite)) return undefined;
		out.push({ value, tolerance, credit });
	}
	return out;
}

/** The cells a question of these types fills beyond question and answer; undefined for the other types. */
export function kindCells(q: Question): { choices?: string; accept?: string; weights?: string } {
	if (q.type === 'matching')
		return {
			choices: (q.pairs ?? [])
				.filter((p) => !p.left.trim())
				.map((p) => p.right)
				.join('\n')
		};
	if (q.type === 'numerical') {
		const numbers = q.numbers ?? [];
		const plain = numbers.length === 1 && numbers[0].tolerance === 0 && numbers[0].credit === 100;
		return { accept: plain ? '' : numbers.map(numberLine).join('\n') };
	}
	return q.weights ? { weights: q.weights.join('\n') } : {};
}

/** The pairs of a matching record: answer lines split at their arrow, then the right items that match nothing. */
function readPairs(answer: string, extra: string[]): MatchPair[] | string {
	const pairs: MatchPair[] = [];
	for (const line of lines(answer)) {
		const arrow = line.includes(MATCH_ARROW.trim()) ? MATCH_ARROW.trim() : '->';
		const at = line.indexOf(arrow);
		if (at < 0) return `the matching answer line ${JSON.stringify(line)} has no → between the item and its match`;
		pairs.push({ left: line.slice(0, at).trim(), right: line.slice(at + arrow.length).trim() });
	}
	return [...pairs, ...extra.map((right) => ({ left: '', right }))];
}

/** The weights of a choose all that apply record: as written, or 100% shared by the right choices. */
function multiWeights(choices: string[], right: string[], cell: string): number[] | string {
	const written = lines(cell).map(Number);
	if (written.length) return written.every(Number.isFinite) ? written : 'the weights must be numbers, one per choice';
	const share = 100 / Math.max(1, right.length);
	return choices.map((c) => (right.includes(c) ? share : 0));
}

/**
 * Fills in the key of a multi, matching or numerical record (and an mcq's
 * weights); returns why the record cannot be read, or nothing.
 */
export function readKind(draft: Draft, choices: string[], cells: { answer: string; weights: string; choices: string[] }): string | void {
	if (draft.type === 'multi') {
		const right = lines(cells.answer);
		const all = [...choices, ...right.filter((r) => !choices.includes(r))];
		const weights = multiWeights(all, right, cells.weights);
		if (typeof weights === 'string') return weights;
		Object.assign(draft, { choices: all, weights, answer: all.filter((_, i) => (weights[i] ?? 0) > 0).join('\n') });
	} else if (draft.type === 'matching') {
		const pairs = readPairs(cells.answer, cells.choices.flatMap(lines));
		if (typeof pairs === 'string') return pairs;
		Object.assign(draft, { pairs, answer: matchingAnswerText(pairs), accept: undefined });
	} else if (draft.type === 'numerical') {
		const numbers = draft.accept?.length ? readNumbers(draft.accept.join('\n')) : [{ value: Number(draft.answer), tolerance: 0, credit: 100 }];
		if (!numbers) return 'the accepted numbers must read "value", "value ± tolerance" or "value ± tolerance (credit%)", one per line';
		Object.assign(draft, { numbers, accept: undefined });
	} else if (draft.type === 'mcq' && lines(cells.weights).length) {
		draft.weights = lines(cells.weights).map(Number);
	}
}
