/**
 * Runs the generator off the main thread so the page never freezes, and keeps
 * compromise (the NLP library) out of every bundle but this worker's.
 */
import { generateBank } from '$lib/core/generate';
import type { Bank } from '$lib/core/bank/schema';

export interface GenerateRequest {
	text: string;
	options: { title?: string; published?: string; max?: number };
}

export type GenerateReply =
	| { type: 'progress'; fraction: number; stage: string }
	| { type: 'done'; bank: Bank }
	| { type: 'error'; message: string };

const post = (reply: GenerateReply) => postMessage(reply);

onmessage = (event: MessageEvent<GenerateRequest>) => {
	const { text, options } = event.data;
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
