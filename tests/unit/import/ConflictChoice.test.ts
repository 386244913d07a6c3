// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import ConflictChoice from '$lib/import/ConflictChoice.svelte';
import type { ReplaceLoss } from '$lib/core/bank/replace-loss';

const NONE: ReplaceLoss = { studied: 0, lost: 0, lostReviews: 0, reviews: 0, sharedFacts: 0, facts: 15 };

function choice(loss: Partial<ReplaceLoss> = {}, extra: Record<string, unknown> = {}) {
	const h = { onchoose: vi.fn(), oncancel: vi.fn() };
	const { container } = render(ConflictChoice, {
		existing: { title: 'Capitals', questionCount: 15, shipped: false, loss: { ...NONE, ...loss } },
		incomingTitle: 'Capitals',
		incomingCount: 4,
		...h,
		...extra
	});
	return { ...h, text: () => container.textContent!.replace(/\s+/g, ' ') };
}

describe('ConflictChoice', () => {
	it('gives focus to the safe choice, Add as a copy, so Enter never replaces', () => {
		choice({ studied: 12, lost: 12, lostReviews: 24, reviews: 24 });
		const copy = screen.getByRole('button', { name: 'Add as a copy' });
		expect(copy).toHaveFocus();
		expect(copy).toHaveClass('primary');
		expect(screen.getAllByRole('button')[0]).toBe(copy);
		expect(screen.getByRole('button', { name: 'Replace mine' })).not.toHaveClass('primary');
	});

	it('says in plain words how many studied cards a replace would cost, and what is kept', () => {
		const { text } = choice({ studied: 15, lost: 12, lostReviews: 24, reviews: 30, sharedFacts: 3 });
		expect(text()).toContain('If you replace yours, 12 studied cards lose their progress, as their facts are not in the incoming bank.');
		expect(text()).toContain('Their 24 answers stay in your review history but no longer schedule anything.');
		expect(text()).toContain('3 other studied cards keep theirs.');
		expect(text()).toContain('It has 3 of your bank’s 15 facts.');
		expect(text()).toContain('A snapshot of your library is taken first');
	});

	it('says so when a replace keeps all progress, or there is none', () => {
		const kept = choice({ studied: 5, reviews: 9, sharedFacts: 15 });
		expect(kept.text()).toContain('your progress is kept: all 5 studied cards are on facts the incoming bank also has');
		expect(kept.text()).not.toMatch(/lose/);
		document.body.innerHTML = '';
		const fresh = choice();
		expect(fresh.text()).toContain('You have not studied your bank yet, so replacing it loses no progress.');
		expect(fresh.text()).not.toContain('snapshot');
	});

	it('replaces only at a second, explicit step that repeats the cost', async () => {
		const h = choice({ studied: 12, lost: 12, lostReviews: 24, reviews: 24 });
		await fireEvent.click(screen.getByRole('button', { name: 'Replace mine' }));
		expect(h.onchoose).not.toHaveBeenCalled();
		expect(screen.getByRole('group', { name: 'Replace “Capitals”? 12 studied cards lose their progress.' })).toBeInTheDocument();
		await fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
		expect(h.onchoose.mock.calls).toEqual([['replace']]);
	});

	it('Keep mine backs out and Add as a copy copies; neither replaces', async () => {
		const h = choice({ studied: 1, lost: 1, reviews: 1, lostReviews: 1 });
		await fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Add as a copy' }));
		expect(h.oncancel).toHaveBeenCalledOnce();
		expect(h.onchoose.mock.calls).toEqual([['copy']]);
	});

	it('does not take a link for an update: the sender chose id and title, and differing titles are pointed out', () => {
		const { text } = choice({}, { incomingTitle: 'Capitals (updated)', source: 'link' });
		expect(text()).toContain('“Capitals (updated)” (4 questions), from this link, has the same id as “Capitals” (15 questions) in your library.');
		expect(text()).toContain('Whoever made the link chose its id and title, so it is not necessarily a newer version of your bank.');
		expect(screen.getByText('The titles differ.')).toBeInTheDocument();
	});

	it('a file with the same title: no word about links or differing titles', () => {
		const { text } = choice();
		expect(text()).toContain('from this file');
		expect(text()).not.toMatch(/Whoever made the link|titles differ/);
	});

	it('warns when the stored bank came with the app, and not otherwise', () => {
		render(ConflictChoice, {
			existing: { title: 'Seed', questionCount: 1, shipped: true, loss: NONE },
			incomingTitle: 'Seed',
			incomingCount: 1,
			onchoose: vi.fn(),
			oncancel: vi.fn()
		});
		expect(screen.getByText(/app updates no longer change it/)).toBeInTheDocument();
		document.body.innerHTML = '';
		choice();
		expect(screen.queryByText(/app updates/)).toBeNull();
	});
});
