/**
 * A Vite plugin: `virtual:shipped-banks` lists the banks shipped under
 * questions/, each with its built URL and its content hash, the hash computed
 * here when the app is built. The app then knows whether a stored copy is
 * current without hashing about 150 KB of JSON on a phone on its first run;
 * a unit test holds each hash to its file's content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { contentHash } from '../src/lib/core/bank/hash.ts';

/** The module's name, as the app imports it. */
export const SHIPPED_BANKS_MODULE = 'virtual:shipped-banks';
const RESOLVED = `\0${SHIPPED_BANKS_MODULE}`;
/** The folder of the shipped banks, from the project root. */
const FOLDER = 'questions';

/** Serves `virtual:shipped-banks`: `export default [{ url, hash }, …]`, one entry per bank file, by file name. */
export function shippedBanks(): Plugin {
	let root = process.cwd();
	return {
		name: 'factdeck-shipped-banks',
		configResolved(config) {
			root = config.root;
		},
		resolveId(id) {
			return id === SHIPPED_BANKS_MODULE ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			const names = readdirSync(join(root, FOLDER))
				.filter((name) => name.endsWith('.json'))
				.sort();
			const imports: string[] = [];
			const entries: string[] = [];
			names.forEach((name, i) => {
				const file = join(root, FOLDER, name);
				// A changed bank rebuilds the module under `vite dev` too.
				this.addWatchFile(file);
				const hash = contentHash(JSON.parse(readFileSync(file, 'utf8')));
				// ?url: the file is a static asset with its content's hash in its name, never bundled.
				imports.push(`import url${i} from ${JSON.stringify(`/${FOLDER}/${name}?url`)};`);
				entries.push(`{ url: url${i}, hash: ${JSON.stringify(hash)} }`);
			});
			return `${imports.join('\n')}\nexport default [${entries.join(', ')}];\n`;
		}
	};
}
