/**
 * `npm run eval:generate`: scores the generator on every gold file in
 * tests/fixtures/gold: fact coverage within the budget, the share of
 * questions passing every gate, questions per type and time; and the same
 * for a naive peer (blank the first name or number of each sentence); and
 * automatic signs of the rubric's rejection reasons, over the bank's first 12
 * questions and over the whole bank, per article and in total.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Question } from '../lib/core/bank/schema';
import { analyze, failedGates, generateBank } from '../lib/core/generate/index';
import type { Gold } from '../lib/core/generate/eval/coverage';
import { coverage } from '../lib/core/generate/eval/coverage';
import { naiveQuestions } from '../lib/core/generate/eval/naive';
import type { SignName, SignTally } from '../lib/core/generate/eval/signs';
import { bankSigns, SIGN_NAMES, TOP } from '../lib/core/generate/eval/signs';
import { toQuestion } from '../lib/core/generate/rank';
import { scoreSentences } from '../lib/core/generate/score';
import { draftQuestions } from '../lib/core/generate/templates/index';
import type { Analysis } from '../lib/core/generate/types';
import { readCommandLine, runCli } from './run';

const USAGE = 'usage: eval:generate [gold-name...]';
const GOLD_DIR = 'tests/fixtures/gold';
const SEED = 'korea-diplomacy-2021';
/** Coverage targets: the seed article, which the generator was first built on, and every other article. */
const SEED_TARGET = 0.9;
const OTHER_TARGET = 0.85;
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

/** Share of questions passing every gate, each judged against the questions before it. */
function gateShare(questions: Question[], analysis: Analysis): { passed: number; failures: Map<string, number> } {
	const failures = new Map<string, number>();
	let passed = 0;
	questions.forEach((q, i) => {
		const failed = failedGates(q, { analysis, earlier: questions.slice(0, i) });
		if (failed.length === 0) passed++;
		for (const name of failed) failures.set(name, (failures.get(name) ?? 0) + 1);
	});
	return { passed, failures };
}

function report(label: string, questions: Question[], gold: Gold, analysis: Analysis, ms?: number): string[] {
	const cov = coverage(questions, gold.facts);
	const { passed, failures } = gateShare(questions, analysis);
	const types = new Map<string, number>();
	for (const q of questions) types.set(q.type, (types.get(q.type) ?? 0) + 1);
	const typeText = [...types.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([t, n]) => `${t} ${n}`)
		.join(', ');
	const failText = [...failures.entries()].map(([g, n]) => `${g} ${n}`).join(', ');
	return [
		`  ${label.padEnd(9)} coverage ${cov.covered.length}/${gold.facts.length} (${pct(cov.covered.length, gold.facts.length)}) in ${cov.walked} questions` +
			` | gates ${pct(passed, questions.length)} of ${questions.length}${failText ? ` (failed: ${failText})` : ''}` +
			` | ${typeText}${ms === undefined ? '' : ` | ${ms.toFixed(0)} ms (median of 5, warm)`}`,
		`  ${''.padEnd(9)} missed: ${cov.missed.join(', ') || 'none'}`
	];
}

/** How many drafts the templates wrote and how many each gate turned away (the bank keeps only those passing all). */
function rejected(analysis: Analysis): string {
	const drafts = draftQuestions(analysis, scoreSentences(analysis)).map((d) => toQuestion(d, analysis));
	const failures = new Map<string, number>();
	let failed = 0;
	for (const q of drafts) {
		const names = failedGates(q, { analysis, earlier: [] });
		if (names.length) failed++;
		for (const n of names) failures.set(n, (failures.get(n) ?? 0) + 1);
	}
	const per = [...failures.entries()].map(([g, n]) => `${g} ${n}`).join(', ');
	return `${drafts.length} written, ${failed} (${pct(failed, drafts.length)}) turned away by the gates${per ? `: ${per}` : ''}`;
}

/** Short names for the signs, in the order the line prints them. */
const SIGN_LABELS: Record<SignName, string> = {
	unresolvedStart: 'unresolved',
	dateWithoutYear: 'no-year',
	giveaway: 'giveaway',
	verbatimTrue: 'verbatim-true',
	sameSentence: 'same-sentence',
	sameFact: 'same-fact',
	trivia: 'trivia',
	fragment: 'fragment'
};

/** Sign counts by name, from a tally of indexes or a running total. */
type SignCounts = Record<SignName, number>;
const countsOf = (tally: SignTally): SignCounts => Object.fromEntries(SIGN_NAMES.map((s) => [s, tally[s].length])) as SignCounts;
const signText = (counts: SignCounts): string => SIGN_NAMES.map((s) => `${SIGN_LABELS[s]} ${counts[s]}`).join(', ');

/** One line of signs: over the first questions of the bank, then over all of it. */
function signsLine(top: SignCounts, bank: SignCounts, questions: number): string {
	return `top${TOP} ${signText(top)} | bank (${questions}): ${signText(bank)}`;
}

async function main(argv: string[]): Promise<number> {
	const only = readCommandLine(argv, USAGE, {}).positionals;
	const files = (await readdir(GOLD_DIR)).filter((f) => f.endsWith('.json')).sort();
	let below = false;
	const shortOf: string[] = [];
	const zero = () => Object.fromEntries(SIGN_NAMES.map((s) => [s, 0])) as SignCounts;
	const total = { top: zero(), bank: zero(), questions: 0, articles: 0 };
	for (const file of files) {
		const name = file.replace(/\.json$/, '');
		if (only.length && !only.includes(name)) continue;
		const gold = JSON.parse(await readFile(join(GOLD_DIR, file), 'utf8')) as Gold;
		const text = await readFile(gold.article, 'utf8');
		const words = text.split(/\s+/).filter(Boolean).length;
		const options = { published: gold.published, title: gold.title };
		generateBank(text, options);
		const times: number[] = [];
		for (let i = 0; i < 5; i++) {
			const t0 = performance.now();
			generateBank(text, options);
			times.push(performance.now() - t0);
		}
		const ms = times.sort((x, y) => x - y)[2];
		const bank = generateBank(text, options);
		const analysis = analyze(text, gold.published);
		const budget = Math.ceil(1.5 * gold.facts.length);
		console.log(`${name}: ${words} words, ${gold.facts.length} gold facts, budget ${budget} fact keys`);
		console.log(`  drafts    ${rejected(analysis)}`);
		for (const line of report('generator', bank.questions, gold, analysis, ms)) console.log(line);
		for (const line of report('naive', naiveQuestions(text), gold, analysis)) console.log(line);
		const signs = bankSigns(bank.questions, { text, title: bank.title });
		const [top, all] = [countsOf(signs.top), countsOf(signs.bank)];
		console.log(`  ${'signs'.padEnd(9)} ${signsLine(top, all, bank.questions.length)}`);
		for (const s of SIGN_NAMES) {
			total.top[s] += top[s];
			total.bank[s] += all[s];
		}
		total.questions += bank.questions.length;
		total.articles++;
		const cov = coverage(bank.questions, gold.facts);
		const target = name === SEED ? SEED_TARGET : OTHER_TARGET;
		const share = cov.covered.length / gold.facts.length;
		if (share < target) {
			below = true;
			shortOf.push(`${name} ${pct(cov.covered.length, gold.facts.length)} (target ${pct(target, 1)})`);
		}
	}
	console.log(shortOf.length ? `coverage below target: ${shortOf.join(', ')}` : 'coverage at or above target on every article');
	if (total.articles) console.log(`signs over ${total.articles} articles: ${signsLine(total.top, total.bank, total.questions)}`);
	return below ? 1 : 0;
}

await runCli(main);
