/**
 * Shared entry for command-line tools: options are read by one parser, and
 * bad input ends with one line on stderr and a non-zero exit code, never a
 * stack trace. `--help` prints the usage on stdout and exits 0.
 */
import { parseArgs } from 'node:util';

/** An expected failure whose message is shown to the user as is. */
export class CliError extends Error {}

/** Thrown by `--help`: its message is the usage, printed on stdout. */
class HelpAsked extends Error {}

/** A tool's options, as `node:util` parseArgs takes them; a string option must be given a value. */
export type CliOptions = Record<string, { type: 'string' | 'boolean' }>;

type Values<O extends CliOptions> = { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean };

/** What a command line holds: its options by name and its other arguments in order. */
export interface CommandLine<O extends CliOptions> {
	values: Values<O>;
	positionals: string[];
}

/**
 * Reads `argv` against `options`. An unknown option, or a string option
 * without a value, is a usage error naming the option; `--help` shows `usage`.
 */
export function readCommandLine<O extends CliOptions>(argv: string[], usage: string, options: O): CommandLine<O> {
	// `npm run x -- args` may pass the `--` on; the tools have always ignored it wherever it stands.
	const args = argv.filter((arg) => arg !== '--');
	// Not strict: the checks below word the errors in one short line, with the usage.
	const { values, positionals, tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		if (token.name === 'help' && !('help' in options)) throw new HelpAsked(usage);
		const spec = options[token.name];
		if (!spec) throw new CliError(`unknown option ${token.rawName}; ${usage}`);
		// A separate value that looks like an option is the next option, not this one's value.
		const missing = token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('--'));
		if (spec.type === 'string' && missing) throw new CliError(`${token.rawName} needs a value; ${usage}`);
		if (spec.type === 'boolean' && token.value !== undefined) throw new CliError(`${token.rawName} takes no value; ${usage}`);
	}
	return { values: values as Values<O>, positionals };
}

/** Runs a command's main; its return value is the exit code (0 when void). Errors are printed as `<name>: <first line>`. */
export async function runCli(main: (argv: string[]) => Promise<number | void> | number | void, name = 'factdeck'): Promise<void> {
	try {
		const code = await main(process.argv.slice(2));
		process.exitCode = typeof code === 'number' ? code : 0;
	} catch (err) {
		if (err instanceof HelpAsked) {
			process.stdout.write(`${err.message}\n`);
			process.exitCode = 0;
			return;
		}
		const message = err instanceof Error ? err.message : String(err);
		process.stderr.write(`${name}: ${message.split('\n')[0]}\n`);
		process.exitCode = err instanceof CliError ? 2 : 1;
	}
}
