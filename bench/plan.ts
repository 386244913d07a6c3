/** What `npm run bench` measures and how much, from its command line. */
import { CliError, readCommandLine } from '../src/cli/run';
import type { Effort } from './in-page';

/** Every section, in the order they run. */
export const SECTIONS = ['size', 'storage', 'browse', 'reschedule', 'import', 'generate', 'offline', 'stats', 'growth', 'optimizer', 'lighthouse'];
/** The sections that measure the built app rather than the bench page. */
export const APP_SECTIONS = ['size', 'offline', 'stats', 'growth', 'optimizer', 'lighthouse'];

const USAGE = `usage: bench [--quick] [--no-build] [--strict] [--only=${SECTIONS.join(',')}]`;
const OPTIONS = { quick: { type: 'boolean' }, 'no-build': { type: 'boolean' }, strict: { type: 'boolean' }, only: { type: 'string' } } as const;

/** The bench's plan; throws CliError on a bad command line. */
export function readPlan(argv: string[]) {
	const { values } = readCommandLine(argv, USAGE, OPTIONS);
	const quick = values.quick === true;
	const only = values.only?.split(',');
	const unknown = only?.filter((s) => !SECTIONS.includes(s)) ?? [];
	if (unknown.length > 0) throw new CliError(`unknown section ${unknown.join(', ')}: choose from ${SECTIONS.join(', ')}`);
	const effort: Effort = {
		steps: quick ? 15 : 40,
		compareSteps: quick ? 15 : 40,
		naiveSteps: (cards) => (cards >= 100_000 ? 3 : cards >= 10_000 ? 5 : 10),
		countRuns: quick ? 5 : 15
	};
	return {
		quick,
		build: values['no-build'] !== true,
		strict: values.strict === true,
		sections: SECTIONS.filter((s) => !only || only.includes(s)),
		sizes: quick ? [1_000, 10_000] : [1_000, 10_000, 100_000],
		/** [cards, reviews per studied card]: two thirds of the cards are studied. */
		reschedules: (quick
			? [[15_000, 10]]
			: [
					[15_000, 10],
					[150_000, 4]
				]) as [number, number][],
		/** [questions, runs, also write the CSV import]: at 100k the CSV is only parsed, as the write is the JSON one's again. */
		imports: (quick
			? [[10_000, 1, true]]
			: [
					[10_000, 3, true],
					[100_000, 1, false]
				]) as [number, number, boolean][],
		effort,
		/** Cards and reviews of the statistics page's collection. */
		stats: quick ? { cards: 10_000, reviews: 100_000, runs: 3 } : { cards: 100_000, reviews: 1_000_000, runs: 5 },
		/** Cards answered on the study page before its heap is read again. */
		growthAnswers: quick ? 5 : 20
	};
}

export type Plan = ReturnType<typeof readPlan>;
