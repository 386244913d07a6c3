/**
 * `npm run --silent review:packet -- <gold.json>`: prints the packet a blind
 * reviewer reads for one article with gold facts: the article, then the first
 * 12 questions the generator makes from it (with the gold file's title and
 * publication date, as `eval:generate` uses them).
 */
import { readFile } from 'node:fs/promises';
import { generateBank } from '../lib/core/generate/index';
import type { Gold } from '../lib/core/generate/eval/coverage';
import { reviewPacket } from '../lib/core/generate/eval/packet';
import { CliError, readCommandLine, runCli } from './run';

const USAGE = 'usage: review:packet <tests/fixtures/gold/NAME.json>';

async function readJson(file: string): Promise<Gold> {
	try {
		return JSON.parse(await readFile(file, 'utf8')) as Gold;
	} catch (err) {
		throw new CliError(`${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not a gold file of JSON'}`);
	}
}

async function main(argv: string[]): Promise<number> {
	const { positionals } = readCommandLine(argv, USAGE, {});
	if (positionals.length !== 1) throw new CliError(USAGE);
	const gold = await readJson(positionals[0]);
	if (typeof gold.article !== 'string') throw new CliError(`${positionals[0]}: no "article" path`);
	let text: string;
	try {
		text = await readFile(gold.article, 'utf8');
	} catch {
		throw new CliError(`${gold.article}: cannot read the article`);
	}
	const bank = generateBank(text, { published: gold.published, title: gold.title });
	process.stdout.write(reviewPacket(text, bank.questions));
	return 0;
}

await runCli(main);
