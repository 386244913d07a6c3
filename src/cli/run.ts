/**
 * Shared entry for command-line tools: bad input ends with one line on
 * stderr and a non-zero exit code, never a stack trace.
 */

/** An expected failure whose message is shown to the user as is. */
export class CliError extends Error {}

/** Runs a command's main; its return value is the exit code (0 when void). */
export async function runCli(main: (argv: string[]) => Promise<number | void> | number | void): Promise<void> {
	try {
		const code = await main(process.argv.slice(2));
		process.exitCode = typeof code === 'number' ? code : 0;
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		process.stderr.write(`factdeck: ${message.split('\n')[0]}\n`);
		process.exitCode = err instanceof CliError ? 2 : 1;
	}
}
