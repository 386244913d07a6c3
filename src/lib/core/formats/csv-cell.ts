/**
 * One text cell of a CSV file, for every CSV Factdeck writes (banks and class
 * results). A cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`,
 * `+1`, `-2`, `@cmd`, a leading tab or carriage return) gets a leading
 * apostrophe, as OWASP advises; our own CSV reader takes that apostrophe off
 * again, so a bank exported and imported back is unchanged (`-5` is written
 * `'-5` and read as `-5`).
 */

/** A formula start, after any apostrophes: a text that already starts `'=` gets one more, so taking one off always gives it back. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const DEFUSED = /^'+[=+\-@\t\r]/;

/** The text with a leading apostrophe when a spreadsheet would take it for a formula. */
export function defuseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text as it was before defuseFormula: one leading apostrophe taken off a defused formula start. */
export function restoreFormula(cell: string): string {
	return DEFUSED.test(cell) ? cell.slice(1) : cell;
}

/** A text cell, formula-safe, quoted (RFC 4180) when it holds a comma, a quote, a line break, edge spaces, or starts with # (a comment to our reader). */
export function csvText(value: string): string {
	const text = defuseFormula(value);
	return /[",\r\n]|^\s|\s$|^#/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
