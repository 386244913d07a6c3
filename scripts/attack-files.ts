/**
 * `npx tsx scripts/attack-files.ts [--all] [--out dir]`: writes the attack
 * files of tests/fixtures/attack/build.ts to disk. By default only the small
 * ones (kept in git) go to tests/fixtures/attack/files/; `--all` writes every
 * file at full size, the 200,000-note deck and the 50 MB CSV included.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCommandLine, runCli } from '../src/cli/run';
import { attackFiles, FULL_SIZES, type AttackFile, type AttackSizes } from '../tests/fixtures/attack/build';

/** Files smaller than this are kept in git; larger ones are built when needed. */
export const COMMIT_BYTES = 100 * 1024;
export const COMMITTED_DIR = 'tests/fixtures/attack/files';

/** A file written to disk: its entry in the builder, its path, its size. */
export interface WrittenFile {
	file: AttackFile;
	path: string;
	size: number;
}

/** Which files to write: those `want` names (all by default), once built, if `keep` likes their size. */
export interface WriteChoice {
	want?: (file: AttackFile) => boolean;
	keep?: (size: number) => boolean;
	sizes?: AttackSizes;
}

/** Builds the chosen files and writes them to `dir`. */
export async function writeAttackFiles(dir: string, { want = () => true, keep = () => true, sizes = FULL_SIZES }: WriteChoice = {}): Promise<WrittenFile[]> {
	await mkdir(dir, { recursive: true });
	const written: WrittenFile[] = [];
	for (const file of attackFiles(sizes).filter(want)) {
		const bytes = await file.bytes();
		if (!keep(bytes.byteLength)) continue;
		const path = join(dir, file.name);
		await writeFile(path, bytes);
		written.push({ file, path, size: bytes.byteLength });
	}
	return written;
}

const USAGE = 'usage: attack-files [--all] [--out dir]';

async function main(argv: string[]): Promise<void> {
	const { values } = readCommandLine(argv, USAGE, { all: { type: 'boolean' }, out: { type: 'string' } });
	const all = values.all === true;
	const dir = values.out ?? COMMITTED_DIR;
	const written = await writeAttackFiles(dir, { keep: all ? undefined : (size) => size < COMMIT_BYTES });
	for (const w of written) process.stdout.write(`${w.path}\t${w.size} bytes\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await runCli(main, 'attack-files');
}
