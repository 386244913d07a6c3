// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import HardestList from '$lib/stats/HardestList.svelte';

const hard = {
	cardId: 'my bank\u0000f1',
	bankId: 'my bank',
	fact: 'f1',
	questionId: 'q3',
	lapses: 3,
	retrievability: 0.425,
	prompt: 'Capital of Korea?',
	bankTitle: 'Korea'
};

describe('HardestList', () => {
	it("links each question to its bank's editor and says how hard it is", () => {
		render(HardestList, { hardest: [hard, { ...hard, cardId: 'x', lapses: 1, prompt: 'Other' }], error: null, showBank: true });
		const link = screen.getByRole('link', { name: 'Capital of Korea?' });
		expect(link).toHaveAttribute('href', '/banks/my%20bank/edit');
		expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(/Korea · forgotten 3 times · 42.5% chance to recall now/);
		expect(screen.getAllByRole('listitem')[1]).toHaveTextContent(/forgotten once/);
	});

	it('says it is loading, that nothing is hard, or why it failed', () => {
		const { unmount } = render(HardestList, { hardest: null, error: null, showBank: false });
		expect(screen.getByRole('status')).toHaveTextContent('Finding the hardest questions…');
		unmount();
		const empty = render(HardestList, { hardest: [], error: null, showBank: false });
		expect(screen.getByText(/No question gives you trouble/)).toBeInTheDocument();
		empty.unmount();
		render(HardestList, { hardest: [], error: 'The hardest questions could not be read: disk', showBank: false });
		expect(screen.getByRole('alert')).toHaveTextContent('disk');
	});
});
