/**
 * `npm run --silent validate -- <bank.json>...`: checks bank files. A valid
 * file prints one summary line on stdout; an invalid one prints one line per
 * problem on stderr, each prefixed by the file name, and the exit code is 1.
 * A file is valid only when the app would import all of it: a question past
 * a cap (a field too long) is a problem here, as import leaves it out.
 */
import { readFile } from 'node:fs/promises';
import { parseJson } from '../lib/core/formats/json';
import type { Bank } from '../lib/core/bank/schema';
import { CliError, readCommandLine, runCli } from './run';

const USAGE = 'usage: validate <bank.json>...';

/** One line describing a valid bank: title, counts, and questions per type. */
function summary(file: string, bank: Bank): string {
	const facts = new Set(bank.questions.map((q) => q.fact)).size;
	const perType = new Map<string, number>();
	for (const q of bank.questions) perType.set(q.type, (perType.get(q.type) ?? 0) + 1);
	const types = [...perType.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([type, n]) => `${type} ${n}`)
		.join(', ');
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	const tail = types ? `, types: ${types}` : '';
	return `ok ${file}: ${JSON.stringify(bank.title)}, ${plural(bank.questions.length, 'question')}, ${plural(facts, 'fact')}${tail}`;
}

/** Why a file could not be read, in words rather than a stack trace. */
function readFailure(err: unknown): string {
	const code = (err as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'ENOENT') return 'cannot read: no such file';
	if (code === 'EISDIR') return 'cannot read: it is a directory';
	if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied';
	return `cannot read: ${err instanceof Error ? err.message : String(err)}`;
}

/** Validates every file named on the command line; 0 when all are valid banks. */
async function main(argv: string[]): Promise<number> {
	const files = readCommandLine(argv, USAGE, {}).positionals;
	if (files.length === 0) throw new CliError(USAGE);
	let failed = false;
	for (const file of files) {
		let text: string;
		try {
			text = await readFile(file, 'utf8');
		} catch (err) {
			process.stderr.write(`${file}: ${readFailure(err)}\n`);
			failed = true;
			continue;
		}
		const result = parseJson(text);
		const problems = result.ok
			? (result.unsupported ?? []).map((u) => `questions[${(u.record ?? 0) - 1}]: ${u.message}`)
			: result.error.problems.map((p) => p.message);
		if (problems.length === 0 && result.ok) {
			process.stdout.write(`${summary(file, result.bank)}\n`);
		} else {
			failed = true;
			for (const problem of problems) process.stderr.write(`${file}: ${problem}\n`);
		}
	}
	return failed ? 1 : 0;
}

await runCli(main);
