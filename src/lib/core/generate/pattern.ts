/** Text to match as written inside a regular expression: names and phrases of an article may hold ".", "(" or "+". */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A number written as a whole in a text: "30" in "the power of 30", not in "1930" nor in "30.5". */
export const wholeNumber = (numeral: string) => new RegExp(`(?<![\\d.,])${literal(numeral)}(?![\\d.,]*\\d)`);

/** Does a text print the number a choice opens with ("10 percent" in "from 10 to 12 percent")? A choice of words prints none. */
export const printsNumberOf = (text: string, choice: string) => {
	const numeral = /^\d[\d,.]*/.exec(choice)?.[0];
	return !!numeral && wholeNumber(numeral).test(text);
};

/** A name as a text writes it: with "the" when most of its mentions take one ("the VOC", "the Channel Tunnel"), else bare ("Sony"). */
export const asWritten = (text: string, name: string) => {
	const found = [...text.matchAll(new RegExp(`(\\b[Tt]he\\s+)?\\b${literal(name)}\\b`, 'g'))];
	return found.filter((m) => m[1]).length > found.length / 2 ? `the ${name}` : name;
};
