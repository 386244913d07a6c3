/** The why and result cards a text makes, for the tests of reasons.ts. */
import { templateContext } from '../fixtures';
import { reasonDrafts } from '$lib/core/generate/templates/reasons';

export const context = (text: string) => templateContext(text);

/** The cards as [prompt, answer], as answers, or as prompts. */
export const asked = (text: string) => reasonDrafts(context(text)).map((d) => [d.prompt, d.answer] as const);
export const answers = (text: string) => reasonDrafts(context(text)).map((d) => d.answer);
export const prompts = (text: string) => reasonDrafts(context(text)).map((d) => d.prompt);
