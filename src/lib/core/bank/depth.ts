/**
 * A guard for parsed JSON before any recursive walk over it: a 20 KB file of
 * nested brackets is thousands of levels deep and would overflow the stack of
 * a recursive check, turning a bad file into a crash instead of a message.
 */

/** Deeper than any bank, backup or result the app writes (those stay under 10 levels). */
const MAX_NESTING = 64;

/** The message for input nested past MAX_NESTING. */
export const TOO_DEEP = `the data is nested too deeply (more than ${MAX_NESTING} levels) to be a Factdeck file`;

/** Whether arrays and objects in `value` nest more than `max` levels deep; iterative, so never itself too deep. */
export function nestedTooDeep(value: unknown, max = MAX_NESTING): boolean {
	const stack: [unknown, number][] = [[value, 1]];
	while (stack.length > 0) {
		const [item, depth] = stack.pop()!;
		if (typeof item !== 'object' || item === null) continue;
		if (depth > max) return true;
		for (const child of Object.values(item)) stack.push([child, depth + 1]);
	}
	return false;
}
