/**
 * `npm run generate:shipped`: regenerates the generated banks shipped under
 * questions/ from their articles. A unit test fails when a shipped file no
 * longer matches what this produces, so run it after changing the generator.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
// $lib resolves through .svelte-kit/tsconfig.json, which any vite, vitest or `svelte-kit sync` run writes.
import { generateBank } from '$lib/core/generate/index';
import { readCommandLine, runCli } from '../src/cli/run';

/** A generated bank that ships with the app: its article, its options, its file. */
export type ShippedBank = { article: string; output: string; id: string; title: string; published: string };

export const SHIPPED: ShippedBank[] = [
	{
		article: 'questions/article-korea-diplomacy-2021.txt',
		output: 'questions/korea-diplomacy-2021-generated.json',
		id: 'korea-diplomacy-2021-generated',
		title: 'Seeking North Korea Breakthrough, Seoul Looks to Biden Administration',
		published: '2021-02-03'
	}
];

/** The file content of a shipped generated bank, from its article's text. */
export function renderShipped(spec: ShippedBank, articleText: string): string {
	const bank = generateBank(articleText, { id: spec.id, title: spec.title, published: spec.published });
	// Shown beside the hand-made bank of the same article, so the title says which one it is.
	bank.title = `${spec.title} (generated)`;
	return `${JSON.stringify(bank, null, 2)}\n`;
}

async function main(argv: string[]): Promise<void> {
	readCommandLine(argv, 'usage: generate-shipped', {});
	for (const spec of SHIPPED) {
		const text = await readFile(spec.article, 'utf8');
		const content = renderShipped(spec, text);
		await writeFile(spec.output, content);
		const count = (JSON.parse(content) as { questions: unknown[] }).questions.length;
		process.stdout.write(`wrote ${spec.output} (${count} questions)\n`);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await runCli(main, 'generate-shipped');
}
