/**
 * The choices of a multiple choice record, from one cell or several. A cell
 * may list several choices: one per line (how Factdeck writes them), or
 * between `|`, or between `;` where that cannot be misread: only when the
 * file has a single choices column (with one column per choice, a `;` is
 * part of a choice) and is not itself separated by `;`. A cell that mixes
 * these is split at the first kind found (lines, then `|`, then `;`), with a
 * warning.
 */

/** Where `;` may split a choices cell: see the rule above. */
export const semicolonSplits = (separator: string, choiceColumns: number) => separator !== ';' && choiceColumns === 1;

/** The choices of one cell, and the separators it used, in the order tried. */
export function splitChoiceCell(cell: string, semicolons: boolean): { choices: string[]; kinds: string[] } {
	const kinds = [/\r|\n/.test(cell) ? 'line breaks' : '', cell.includes('|') ? '|' : '', semicolons && cell.includes(';') ? ';' : ''].filter(Boolean);
	const at = kinds[0] === 'line breaks' ? /\r\n|\r|\n/ : (kinds[0] ?? '\n');
	const choices = cell
		.split(at)
		.map((c) => c.trim())
		.filter(Boolean);
	return { choices, kinds };
}

/** Why a record's choices look wrong, or undefined: a cell that mixes separators, or a single choice where several belong. */
export function choicesWarning(choices: string[], kinds: string[], distractors: boolean): string | undefined {
	if (kinds.length > 1) return `the choices are separated by both ${kinds.join(' and ')}; split at ${kinds[0]} only`;
	if (choices.length === 1 && !distractors)
		return `only one choice, ${JSON.stringify(choices[0])}: put several in one cell between | (or one per column), besides the answer`;
	return undefined;
}
