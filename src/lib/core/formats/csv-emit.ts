/**
 * A bank as CSV (RFC 4180, CRLF line ends) with a header row that `parseCsv`
 * reads back: several choices, accepted answers or tags go one per line in
 * their cell, which spreadsheets show as lines. Cells a spreadsheet would run
 * as formulas are defused (see csv-cell.ts).
 */
import type { Bank, Question } from '../bank/schema';
import { typeName } from '../bank/kinds';
import { csvText } from './csv-cell';
import { kindCells } from './csv-kinds';

/** Tags space-separated, as Anki writes them; one per line (always with a line break) when a tag holds a space. */
function tagsCell(tags: string[] | undefined): string {
	if (!tags?.length) return '';
	return tags.some((t) => /\s/.test(t)) ? `${tags.join('\n')}\n` : tags.join(' ');
}

/**
 * The bank as CSV with the columns question, answer, type, choices, accept,
 * explanation, tags, fact; then weights, question name and the HTML columns
 * when a question has them. Matching pairs, numbers and weights fill the
 * cells as csv-kinds.ts describes.
 */
export function emitCsv(bank: Bank): string {
	const withHtml = bank.questions.some((q) => q.html?.prompt || q.html?.answer);
	const withWeights = bank.questions.some((q) => q.weights);
	const withNames = bank.questions.some((q) => q.name);
	const header = ['question', 'answer', 'type', 'choices', 'accept', 'explanation', 'tags', 'fact'];
	if (withWeights) header.push('weights');
	if (withNames) header.push('question name');
	if (withHtml) header.push('question html', 'answer html');
	const row = (q: Question) => {
		const kind = kindCells(q);
		const cells = [
			q.prompt,
			typeof q.answer === 'boolean' ? String(q.answer) : q.answer,
			// The plain name a teacher reads in a spreadsheet; parseType reads it back.
			typeName(q.type),
			kind.choices ?? (q.choices ?? []).join('\n'),
			kind.accept ?? (q.accept ?? []).join('\n'),
			q.explanation ?? '',
			tagsCell(q.tags),
			q.fact
		];
		if (withWeights) cells.push(kind.weights ?? '');
		if (withNames) cells.push(q.name ?? '');
		if (withHtml) cells.push(q.html?.prompt ?? '', q.html?.answer ?? '');
		return cells.map(csvText).join(',');
	};
	return [header.join(','), ...bank.questions.map(row)].map((line) => `${line}\r\n`).join('');
}
