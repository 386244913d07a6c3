/** Anki's stock note types, recognised by name (Anki appends `-xxxxx` to a renamed copy). */

export type BasicKind = 'basic' | 'reversed' | 'optional-reversed' | 'typed';

/** Which stock Basic note type a name is, if any. */
export function basicKind(name: string): BasicKind | undefined {
	const key = name
		.trim()
		.toLowerCase()
		.replace(/(-[a-z0-9]{5})+$/, '')
		.replace(/\+$/, '')
		.trim();
	if (key === 'basic') return 'basic';
	if (key === 'basic (and reversed card)') return 'reversed';
	if (key === 'basic (optional reversed card)') return 'optional-reversed';
	if (key === 'basic (type in the answer)') return 'typed';
	return undefined;
}

/** True for a name that says it is a cloze note type. */
export function isClozeName(name: string): boolean {
	return /^cloze\b/i.test(name.trim());
}
