/**
 * Whether a text may hold a formula: an opening and a closing delimiter of
 * some kind (see find-math.ts). It ships on every page that shows questions,
 * so it is one cheap test; a text it wrongly lets through costs only the
 * fetch of the typesetter, which then finds no formula and shows the text.
 */
const OPEN = /\\[([]|\$\$|\[\$|\[latex\]/i;
const CLOSE = /\\[)\]]|\$\$|\[\/\$|\[\/latex\]/i;

/** True when the text has a math opener and a math closer, so it is worth typesetting. */
export function hasMath(text: string): boolean {
	return OPEN.test(text) && CLOSE.test(text);
}
