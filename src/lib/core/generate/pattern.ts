/** Text to match as written inside a regular expression: names and phrases of an article may hold ".", "(" or "+". */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A number written as a whole in a text: "30" in "the power of 30", not in "1930" nor in "30.5". */
export const wholeNumber = (numeral: string) => new RegExp(`(?<![\\d.,])${literal(numeral)}(?![\\d.,]*\\d)`);

/** Does a text print the number a choice opens with ("10 percent" in "from 10 to 12 percent")? A choice of words prints none. */
export const printsNumberOf = (text: string, choice: string) => {
	const numeral = /^\d[\d,.]*/.exec(choice)?.[0];
	return !!numeral && wholeNumber(numeral).test(text);
};
