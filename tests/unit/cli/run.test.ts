// @vitest-environment node
/** The one option reader every command line tool shares: its values, and the one-line errors it throws. */
import { CliError, readCommandLine } from '../../../src/cli/run';

const USAGE = 'usage: tool <file> [--out file] [--all]';
const OPTIONS = { out: { type: 'string' }, all: { type: 'boolean' } } as const;

describe('readCommandLine', () => {
	it('reads options spaced or with =, keeps files in order and ignores a --', () => {
		const line = readCommandLine(['a.json', '--', '--out', 'x.csv', 'b.json', '--all'], USAGE, OPTIONS);
		expect(line.positionals).toEqual(['a.json', 'b.json']);
		expect(line.values).toEqual({ out: 'x.csv', all: true });
		expect(readCommandLine(['--out=y.csv'], USAGE, OPTIONS).values).toEqual({ out: 'y.csv' });
	});

	it.each([
		[['--colour'], 'unknown option --colour'],
		[['-x', 'a'], 'unknown option -x'],
		[['a', '--out'], '--out needs a value'],
		[['a', '--out', '--all'], '--out needs a value'],
		[['a', '--out='], '--out needs a value'],
		[['a', '--all=yes'], '--all takes no value']
	])('refuses %j in one line ending with the usage', (argv, message) => {
		expect(() => readCommandLine(argv, USAGE, OPTIONS)).toThrow(new CliError(`${message}; ${USAGE}`));
	});

	it('answers --help with the usage, apart from the errors', () => {
		let thrown: unknown;
		try {
			readCommandLine(['a', '--help'], USAGE, OPTIONS);
		} catch (err) {
			thrown = err;
		}
		expect(thrown).toBeInstanceOf(Error);
		expect(thrown).not.toBeInstanceOf(CliError);
		expect((thrown as Error).message).toBe(USAGE);
	});
});
