/** How the editor lists the schema's messages. */

/** The most messages the summary at the top lists at once: more is a wall no one reads, and slow to draw. */
export const MAX_LISTED_PROBLEMS = 100;

/** How many messages each question has, by index. */
export function problemCounts(problems: readonly { question?: number }[]): Map<number, number> {
	const counts = new Map<number, number>();
	for (const p of problems) if (p.question !== undefined) counts.set(p.question, (counts.get(p.question) ?? 0) + 1);
	return counts;
}
