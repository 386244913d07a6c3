/**
 * The bench's sections: each measures one thing from scratch (its own
 * contexts, its own databases) and hands back its raw results with their
 * rows, so that it can run again after its browser died, and print alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startServer } from '../src/server/start';
import { browseAt } from './browse';
import { OUT, ROOT } from './bundle';
import { firstCardOffline } from './first-card';
import { generateInNode } from './generate-node';
import { growthAt, type GrowthResult } from './growth';
import { growthRows } from './growth-rows';
import { generateInChromium, idbFloorOf, importsOf, storageAt } from './in-page';
import { lighthouseScores } from './lighthouse';
import { optimizerInChromium, optimizerRows, type OptimizerBench } from './optimizer';
import type { Plan } from './plan';
import { rescheduleAt } from './reschedule';
import { routeSizes } from './route-size';
import { allRows, type Results } from './rows';
import type { Section } from './sections';
import { statsPageAt } from './stats';

const ARTICLE = join(ROOT, 'questions/article-korea-diplomacy-2021.txt');
const STUDY_PATH = '/study/korea-diplomacy-2021';

/** What one section found: some of Results' fields, or the optimizer's or growth's own. */
export type Piece = Partial<Results> & { optimizer?: OptimizerBench; growth?: GrowthResult[] };

const NONE: Results = { storage: [], browse: [], reschedule: [], imports: [], routes: [], lighthouse: [], firstCard: [] };

/** A piece with its rows. */
const done = (results: Piece) => ({
	rows: [...allRows({ ...NONE, ...results }), ...optimizerRows(results.optimizer), ...growthRows(results.growth ?? [])],
	results
});

/** The sections `plan` asks for, in order; `origin` is the blank origin the bench page runs on. */
export function suite(plan: Plan, origin: string, log: (message: string) => void): Section<Browser, Piece>[] {
	const { quick, sizes, effort } = plan;
	/** Measures each of `xs` in turn, saying which first. */
	const each = async <T, R>(label: (x: T) => string, xs: readonly T[], measure: (x: T) => Promise<R>): Promise<R[]> => {
		const out: R[] = [];
		for (const x of xs) {
			log(label(x));
			out.push(await measure(x));
		}
		return out;
	};
	const n = (x: number) => x.toLocaleString('en');
	const all: Record<string, Section<Browser, Piece>['run']> = {
		size: async () => done({ routes: routeSizes(ROOT) }),
		storage: async (browser) => {
			log('IndexedDB floor');
			const floor = await idbFloorOf(await browser(), origin, quick ? 1 : 3);
			const storage = await each(
				(c) => `storage with ${n(c)} cards`,
				sizes,
				async (c) => storageAt(await browser(), origin, c, effort)
			);
			return done({ floor, storage });
		},
		browse: async (browser) =>
			done({
				browse: await each(
					(c) => `card browser with ${n(c)} cards`,
					sizes,
					async (c) => browseAt(await browser(), origin, c, quick ? 3 : 10)
				)
			}),
		reschedule: async (browser) =>
			done({
				reschedule: await each(
					([c, r]) => `change of retention with ${n(c)} cards, ${r} reviews per studied card`,
					plan.reschedules,
					async ([c, r]) => rescheduleAt(await browser(), origin, c, r)
				)
			}),
		import: async (browser) =>
			done({
				imports: await each(
					([count, runs]) => `importing ${n(count)} questions (${runs}x)`,
					plan.imports,
					async ([count, runs, csv]) => importsOf(await browser(), origin, count, runs, csv)
				)
			}),
		generate: async (browser) => {
			log('generator in Chromium and in Node');
			const article = readFileSync(ARTICLE, 'utf8');
			const chromium = await generateInChromium(await browser(), origin, article, quick ? 1 : 3, quick ? 3 : 5);
			return done({ generate: { chromium, node: generateInNode(ROOT) } });
		},
		offline: async (browser) => {
			log('first card after an offline reload');
			const firstCard = await firstCardOffline(await browser(), [STUDY_PATH], quick ? 3 : 7, 0);
			if (!quick) {
				log('first card after an offline reload, with 100,000 more cards');
				firstCard.push(...(await firstCardOffline(await browser(), [STUDY_PATH, '/study'], 5, 100_000)));
			}
			return done({ firstCard });
		},
		stats: async () => {
			log(`statistics page with ${n(plan.stats.cards)} cards and ${n(plan.stats.reviews)} reviews`);
			return done({ stats: await statsPageAt(plan.stats.cards, plan.stats.reviews, plan.stats.runs) });
		},
		growth: async () =>
			done({
				growth: await each(
					(c) => `storage and memory with ${n(c)} cards`,
					sizes,
					(c) => growthAt(c, plan.growthAnswers)
				)
			}),
		optimizer: async (browser) => {
			log('FSRS optimizer on the real review log');
			return done({ optimizer: await optimizerInChromium(await browser(), join(ROOT, 'build'), quick ? 1 : 3) });
		},
		lighthouse: async () => {
			log('Lighthouse, mobile');
			const app = await startServer({ dir: join(ROOT, 'build'), port: 0 });
			try {
				return done({ lighthouse: await lighthouseScores(app.url, ['/', STUDY_PATH], quick ? 1 : 3, OUT, 'start.ts') });
			} finally {
				await app.close();
			}
		}
	};
	return plan.sections.map((name) => ({ name, run: all[name] }));
}
