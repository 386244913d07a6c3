/**
 * `npm run --silent generate -- <article> [--title T] [--published YYYY-MM-DD] [--max N]`:
 * prints the question bank generated from an article (.txt, .md or .html) as
 * JSON on stdout. Bad input gives one line on stderr and a non-zero exit.
 */
import { readFile, stat } from 'node:fs/promises';
import { isCalendarDate } from '../lib/core/bank/schema';
import { generateBank } from '../lib/core/generate/index';
import { articleText, articleTooLong, looksBinary, MAX_ARTICLE_FILE_BYTES } from '../lib/core/generate/input';
import { CliError, runCli } from './run';

const USAGE = 'usage: generate <article.txt|.md|.html> [--title T] [--published YYYY-MM-DD] [--max N]';

type Args = { file: string; title?: string; published?: string; max?: number };

/** Reads the command line; an unknown flag, a missing value or a second file is a usage error. */
export function parseArgs(argv: string[]): Args {
	const args: Partial<Args> = {};
	const rest = argv.filter((a) => a !== '--');
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		const value = () => {
			const v = rest[++i];
			if (v === undefined || v.startsWith('--')) throw new CliError(`${arg} needs a value; ${USAGE}`);
			return v;
		};
		if (arg === '--title') args.title = value();
		else if (arg === '--published') {
			const date = value();
			if (!isCalendarDate(date)) throw new CliError(`--published must be a real date written YYYY-MM-DD, not "${date}"`);
			args.published = date;
		} else if (arg === '--max') {
			const max = Number(value());
			if (!Number.isInteger(max) || max < 1) throw new CliError('--max must be a whole number of 1 or more');
			args.max = max;
		} else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}; ${USAGE}`);
		else if (args.file) throw new CliError(`one article at a time; ${USAGE}`);
		else args.file = arg;
	}
	if (!args.file) throw new CliError(USAGE);
	return args as Args;
}

/** Reads the article file, or says in one line why it cannot; a file far over the length cap is refused unread. */
async function readArticle(file: string): Promise<string> {
	let raw: string;
	try {
		const { size } = await stat(file);
		if (size > MAX_ARTICLE_FILE_BYTES) {
			throw new CliError(`${file}: too large for an article: ${(size / 1e6).toFixed(1)} MB; Factdeck reads article files of at most ${MAX_ARTICLE_FILE_BYTES / 1e6} MB`);
		}
		raw = await readFile(file, 'utf8');
	} catch (err) {
		if (err instanceof CliError) throw err;
		const code = (err as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : 'unreadable';
		throw new CliError(`${file}: cannot read: ${why}`);
	}
	if (looksBinary(raw)) throw new CliError(`${file}: not a text file (.txt, .md or .html)`);
	const text = articleText(file, raw);
	if (!text.trim()) throw new CliError(`${file}: the article is empty`);
	const tooLong = articleTooLong(text.length);
	if (tooLong) throw new CliError(`${file}: ${tooLong}`);
	return text;
}

async function main(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	const text = await readArticle(args.file);
	const bank = generateBank(text, { title: args.title, published: args.published, max: args.max });
	if (bank.questions.length === 0) throw new CliError(`${args.file}: no questions could be made from this text`);
	process.stdout.write(`${JSON.stringify(bank, null, 2)}\n`);
	return 0;
}

await runCli(main);
