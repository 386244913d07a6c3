/**
 * `npm run --silent generate -- <article> [--title T] [--published YYYY-MM-DD] [--max N]`:
 * prints the question bank generated from an article (.txt, .md or .html) as
 * JSON on stdout. Bad input gives one line on stderr and a non-zero exit.
 */
import { readFile, stat } from 'node:fs/promises';
import { isCalendarDate } from '../lib/core/bank/schema';
import { articleTextProblem, readArticleFile } from '../lib/core/generate/article-check';
import { generateBank } from '../lib/core/generate/index';
import { CliError, readCommandLine, runCli } from './run';

const USAGE = 'usage: generate <article.txt|.md|.html> [--title T] [--published YYYY-MM-DD] [--max N]';
const OPTIONS = { title: { type: 'string' }, published: { type: 'string' }, max: { type: 'string' } } as const;

type Args = { file: string; title?: string; published?: string; max?: number };

/** Reads the command line; an unknown flag, a missing value or a second file is a usage error. */
function readArgs(argv: string[]): Args {
	const { values, positionals } = readCommandLine(argv, USAGE, OPTIONS);
	if (positionals.length > 1) throw new CliError(`one article at a time; ${USAGE}`);
	if (positionals.length === 0) throw new CliError(USAGE);
	const { title, published } = values;
	if (published !== undefined && !isCalendarDate(published)) throw new CliError(`--published must be a real date written YYYY-MM-DD, not "${published}"`);
	const max = values.max === undefined ? undefined : Number(values.max);
	if (max !== undefined && (!Number.isInteger(max) || max < 1)) throw new CliError('--max must be a whole number of 1 or more');
	return { file: positionals[0], title, published, max };
}

/** Why a file could not be read, in words rather than a stack trace. */
function readFailure(file: string, err: unknown): CliError {
	const code = (err as NodeJS.ErrnoException).code;
	const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : 'unreadable';
	return new CliError(`${file}: cannot read: ${why}`);
}

/** Reads the article file through the checks /create makes, or says in one line why it cannot; an empty article is refused, a short one is not. */
async function readArticle(file: string): Promise<string> {
	let read;
	try {
		const { size } = await stat(file);
		read = await readArticleFile({ name: file, size, text: () => readFile(file, 'utf8') });
	} catch (err) {
		throw readFailure(file, err);
	}
	if (!read.ok) throw new CliError(read.error);
	// One word is enough here: the command's user may mean a short text, where /create asks for paragraphs.
	const problem = articleTextProblem(read.text, 1);
	if (problem) throw new CliError(`${file}: ${problem}`);
	return read.text;
}

async function main(argv: string[]): Promise<number> {
	const args = readArgs(argv);
	const text = await readArticle(args.file);
	const bank = generateBank(text, { title: args.title, published: args.published, max: args.max });
	if (bank.questions.length === 0) throw new CliError(`${args.file}: no questions could be made from this text`);
	process.stdout.write(`${JSON.stringify(bank, null, 2)}\n`);
	return 0;
}

await runCli(main);
