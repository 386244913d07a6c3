/**
 * Runs the generator off the main thread so the page never freezes, and keeps
 * compromise (the NLP library) out of every bundle but this worker's.
 */
import { generateBank } from '$lib/core/generate';
import { articleTooLong } from '$lib/core/generate/input';
import type { Bank } from '$lib/core/bank/schema';

export interface GenerateRequest {
	text: string;
	options: { title?: string; published?: string; max?: number };
}

export type GenerateReply = { type: 'progress'; fraction: number; stage: string } | { type: 'done'; bank: Bank } | { type: 'error'; message: string };

const post = (reply: GenerateReply) => postMessage(reply);

onmessage = (event: MessageEvent<GenerateRequest>) => {
	const { text, options } = event.data;
	// The page checks the length too; the worker never starts on an article over the cap, whoever sent it.
	const tooLong = articleTooLong(text.length);
	if (tooLong) return post({ type: 'error', message: tooLong });
	try {
		const bank = generateBank(text, {
			...options,
			onProgress: (fraction, stage) => post({ type: 'progress', fraction, stage })
		});
		post({ type: 'done', bank });
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
