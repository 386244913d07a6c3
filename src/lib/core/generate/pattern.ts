/** Text to match as written inside a regular expression: names and phrases of an article may hold ".", "(" or "+". */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
