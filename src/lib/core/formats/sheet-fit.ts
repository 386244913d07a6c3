/**
 * Which questions of a bank each quiz tool's template can take, apart from
 * the codec: the share menu lists what a sheet will leave out before it is
 * made, and this file loads neither SheetJS nor the bank validator.
 */
import type { Bank, Question } from '../bank/schema';
import { kahootMisfit } from './kahoot';
import { quizizzMisfit } from './quizizz';

/** The quiz tools whose templates are read and written. */
export const SHEET_TEMPLATES = ['kahoot', 'quizizz'] as const;
export type SheetTemplate = (typeof SHEET_TEMPLATES)[number];

/** The template names as teachers read them. */
export const SHEET_TEMPLATE_NAMES: Record<SheetTemplate, string> = { kahoot: 'Kahoot', quizizz: 'Quizizz' };

/** A question a template cannot take: its number in the bank (from 1), its prompt and why. */
export interface SheetLeftOut {
	number: number;
	prompt: string;
	reason: string;
}

/** Why `template` cannot take the question, or undefined when it can. */
export const sheetMisfit: Record<SheetTemplate, (q: Question) => string | undefined> = { kahoot: kahootMisfit, quizizz: quizizzMisfit };

/** The questions of the bank that `template` cannot take, each with the reason, in bank order. */
export function sheetLeftOut(bank: Bank, template: SheetTemplate): SheetLeftOut[] {
	return bank.questions.flatMap((q, i) => {
		const reason = sheetMisfit[template](q);
		return reason ? [{ number: i + 1, prompt: q.prompt, reason }] : [];
	});
}
