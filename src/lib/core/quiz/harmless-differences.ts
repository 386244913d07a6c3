/**
 * The first step of every answer comparison, apart from the rest of the
 * grading so that the study page can show an answer without loading it.
 */

/**
 * Differences nobody would call a mistake, removed before any comparison:
 * Unicode composition, curly vs straight quotes, the kind of whitespace, and
 * whitespace around the answer.
 */
export function withoutHarmlessDifferences(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[‘’‚‛]/g, "'")
		.replace(/[“”„‟]/g, '"')
		.replace(/\s/g, ' ')
		.trim();
}
