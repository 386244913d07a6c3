// @vitest-environment jsdom
/**
 * The question editor's fields: empty or inconsistent input is refused with a
 * message and nothing is saved; markup typed into a field is kept as text.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import QuestionEditor from '$lib/editor/QuestionEditor.svelte';
import type { Question } from '$lib/core/bank/schema';

const mcq: Question = { id: 'q1', fact: 'f1', type: 'mcq', prompt: 'Capital of South Korea?', answer: 'Seoul', choices: ['Seoul', 'Busan'] };
const short: Question = { id: 'q2', fact: 'f2', type: 'short', prompt: 'Capital of North Korea?', answer: 'Pyongyang' };

function open(question: Question) {
	const onsave = vi.fn();
	render(QuestionEditor, { question, onsave, oncancel: vi.fn() });
	return onsave;
}

async function fill(label: string | RegExp, value: string) {
	await fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save question' }));

describe('QuestionEditor with bad input', () => {
	// The editor shows the schema's message on the field and keeps Save disabled.
	async function expectRefused(onsave: ReturnType<typeof vi.fn>, field: HTMLElement, message: RegExp) {
		expect(field).toHaveAccessibleDescription(expect.stringMatching(message));
		expect(screen.getByRole('button', { name: 'Save question' })).toBeDisabled();
		await save();
		expect(onsave).not.toHaveBeenCalled();
	}

	it('refuses an empty or blank question', async () => {
		const onsave = open(short);
		await fill('Question', '  \n ');
		await expectRefused(onsave, screen.getByLabelText('Question'), /empty|required|needs/i);
	});

	it('refuses an empty answer', async () => {
		const onsave = open(short);
		await fill('Answer', '   ');
		await expectRefused(onsave, screen.getByLabelText('Answer'), /empty|required|needs/i);
	});

	it('refuses a multiple-choice answer that is not among the choices', async () => {
		const onsave = open(mcq);
		await fill(/^Choices/, 'Busan\nIncheon');
		await expectRefused(onsave, screen.getByLabelText(/^Choices/), /choice/i);
	});

	it('keeps markup typed into a field as text, and saves it as typed', async () => {
		const hostile = '<img src=x onerror="alert(1)"> Capital?';
		const onsave = open(short);
		await fill('Question', hostile);
		await fill('Explanation (optional)', '<script>alert(2)</script>');
		await save();
		expect(document.querySelector('img, script')).toBeNull();
		expect(onsave).toHaveBeenCalledWith({ ...short, prompt: hostile, explanation: '<script>alert(2)</script>' });
	});

	it('trims the fields and drops blank lines of accepted answers', async () => {
		const onsave = open(short);
		await fill('Answer', '  Pyongyang  ');
		await fill(/^Also accept/, "\n  P'yŏngyang \n\n");
		await save();
		expect(onsave).toHaveBeenCalledWith({ ...short, accept: ["P'yŏngyang"], explanation: undefined });
	});
});
