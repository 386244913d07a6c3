/**
 * Whether a text may hold a formula: an opening delimiter of some kind (see
 * find-math.ts). It ships on every page that shows questions, so it is one
 * cheap test; a text it wrongly lets through (an opener never closed) costs
 * only the fetch of the typesetter, which then finds no formula and shows
 * the text as it is.
 */
const OPEN = /\\[([]|\$\$|\[\$|\[latex\]/i;

/** True when the text has a math opener, so it is worth fetching the typesetter for. */
export function hasMath(text: string): boolean {
	return OPEN.test(text);
}
