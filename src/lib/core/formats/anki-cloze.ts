/**
 * Anki cloze deletions, `{{c1::text}}` and `{{c2::text::hint}}`, nested or
 * not: one question per cloze number, its deletions blanked and the other
 * deletions shown as their text (as Anki shows a cloze card).
 */

type ClozeNode = string | { n: number; children: ClozeNode[]; hint?: string };

interface Frame {
	n: number;
	children: ClozeNode[];
	hint?: string;
	/** The source text of the opening marker, restored if the deletion is never closed. */
	opening: string;
}

const OPEN = /^\{\{c(\d{1,4})::/;

/** True when the text holds at least one cloze deletion. */
export function hasCloze(text: string): boolean {
	return /\{\{c\d{1,4}::[\s\S]*?\}\}/.test(text);
}

function parse(text: string): ClozeNode[] {
	const root: ClozeNode[] = [];
	const stack: Frame[] = [];
	const sink = () => (stack.length ? stack[stack.length - 1] : undefined);
	const emit = (s: string) => {
		const frame = sink();
		if (frame && frame.hint !== undefined) frame.hint += s;
		else (frame ? frame.children : root).push(s);
	};
	let i = 0;
	while (i < text.length) {
		const open = text.startsWith('{{c', i) ? OPEN.exec(text.slice(i, i + 12)) : null;
		if (open) {
			stack.push({ n: Number(open[1]), children: [], opening: open[0] });
			i += open[0].length;
		} else if (stack.length && text.startsWith('}}', i)) {
			const done = stack.pop() as Frame;
			const node: ClozeNode = { n: done.n, children: done.children, ...(done.hint !== undefined ? { hint: done.hint } : {}) };
			(sink()?.children ?? root).push(node);
			i += 2;
		} else if (stack.length && sink()?.hint === undefined && text.startsWith('::', i)) {
			(sink() as Frame).hint = '';
			i += 2;
		} else {
			const next = text.slice(i + 1).search(/\{\{c|\}\}|::/);
			const end = next < 0 ? text.length : i + 1 + next;
			emit(text.slice(i, end));
			i = end;
		}
	}
	// Unclosed deletions are plain text, as Anki leaves them.
	while (stack.length) {
		const frame = stack.pop() as Frame;
		const literal: ClozeNode[] = [frame.opening, ...frame.children, ...(frame.hint !== undefined ? [`::${frame.hint}`] : [])];
		(sink()?.children ?? root).push(...literal);
	}
	return root;
}

function numbers(nodes: ClozeNode[], out: Set<number>): Set<number> {
	for (const node of nodes) {
		if (typeof node === 'string') continue;
		out.add(node.n);
		numbers(node.children, out);
	}
	return out;
}

function render(nodes: ClozeNode[], blank: number, answers: string[]): string {
	let out = '';
	for (const node of nodes) {
		if (typeof node === 'string') out += node;
		else if (node.n === blank) {
			answers.push(render(node.children, -1, []));
			out += node.hint?.trim() ? `____ (${node.hint.trim()})` : '____';
		} else out += render(node.children, blank, answers);
	}
	return out;
}

/** One cloze card: its number, the text with its deletions blanked, and the deleted text. */
export interface ClozeCard {
	n: number;
	prompt: string;
	answer: string;
}

/** Every cloze card of a field, by cloze number; markup in the field passes through untouched. */
export function clozeCards(text: string): ClozeCard[] {
	const nodes = parse(text);
	return [...numbers(nodes, new Set())]
		.sort((a, b) => a - b)
		.map((n) => {
			const answers: string[] = [];
			const prompt = render(nodes, n, answers);
			return { n, prompt, answer: answers.join(', ') };
		});
}

/** The field with every deletion shown as its text (what Anki shows on the back). */
export function clozeRevealed(text: string): string {
	return render(parse(text), -1, []);
}
