/**
 * Bundles bench/browser/entry.ts (and through it the app's real storage and
 * core modules) into one classic script, bench/.out/bench.js, with the same
 * production settings as the app's build (bench-page.ts serves it).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const OUT = join(ROOT, 'bench/.out');
export const BUNDLE = join(OUT, 'bench.js');

/** Builds the bench bundle into bench/.out; resolves with its path. */
export async function bundleBench(): Promise<string> {
	await build({
		configFile: false,
		root: ROOT,
		logLevel: 'warn',
		mode: 'production',
		// Nothing from static/ or public/: the page is only the bundle.
		publicDir: false,
		resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
		define: { 'process.env.NODE_ENV': JSON.stringify('production') },
		build: {
			outDir: OUT,
			emptyOutDir: true,
			minify: true,
			target: 'es2022',
			reportCompressedSize: false,
			lib: {
				entry: join(ROOT, 'bench/browser/entry.ts'),
				// The module's own name; entry.ts sets window.FactdeckBench itself.
				name: 'FactdeckBenchBundle',
				formats: ['iife'],
				fileName: () => 'bench.js'
			}
		}
	});
	return BUNDLE;
}
