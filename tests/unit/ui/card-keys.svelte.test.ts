// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { gateKeys, keyInputOf } from '$lib/ui/card-keys.svelte';

/** A keydown (or keyup) as the handlers read it, pressed at `timeStamp`. */
function press(code: string, timeStamp: number, repeat = false) {
	return { code, key: code, timeStamp, repeat, preventDefault: vi.fn(), stopImmediatePropagation: vi.fn() };
}
const asEvent = (p: ReturnType<typeof press>) => p as unknown as KeyboardEvent;

describe('gateKeys', () => {
	afterEach(() => vi.restoreAllMocks());

	it('drops keys pressed before the item on screen was shown, and only those', () => {
		const now = vi.spyOn(performance, 'now').mockReturnValue(100);
		// As in the study session: the state is replaced when the answer shows, the item stays the same.
		let state = $state.raw({ item: { id: 1 }, answered: false });
		let keys!: ReturnType<typeof gateKeys>;
		const stop = $effect.root(() => {
			keys = gateKeys(() => state.item);
		});
		flushSync(); // the first item is shown at 100

		const early = press('Enter', 90);
		keys.onkeydowncapture(asEvent(early));
		expect(early.preventDefault).toHaveBeenCalled();
		expect(early.stopImmediatePropagation).toHaveBeenCalled();
		const onTime = press('Digit3', 120);
		keys.onkeydowncapture(asEvent(onTime));
		expect(onTime.preventDefault).not.toHaveBeenCalled();

		// Its answer shows at 140: that is no new item, so a key pressed at 130 still counts.
		now.mockReturnValue(140);
		state = { item: state.item, answered: true };
		flushSync();
		const quick = press('Digit2', 130);
		keys.onkeydowncapture(asEvent(quick));
		expect(quick.preventDefault).not.toHaveBeenCalled();

		// The next item shows at 200: a key pressed at 150 was meant for the one before.
		now.mockReturnValue(200);
		state = { item: { id: 2 }, answered: false };
		flushSync();
		const stale = press('Enter', 150);
		keys.onkeydowncapture(asEvent(stale));
		expect(stale.preventDefault).toHaveBeenCalled();
		// Let go and pressed again, the same key counts.
		keys.onkeyup(asEvent(press('Enter', 210)));
		const fresh = press('Enter', 220);
		keys.onkeydowncapture(asEvent(fresh));
		expect(fresh.preventDefault).not.toHaveBeenCalled();
		stop();
	});
});

describe('keyInputOf', () => {
	it('says where focus is: a text field, or a button that takes Enter and Space itself', () => {
		const input = document.createElement('input');
		const button = document.createElement('button');
		expect(keyInputOf(new KeyboardEvent('keydown', { key: 'a' }))).toMatchObject({ key: 'a', inTextField: false, onControl: false });
		const inBox = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true });
		input.addEventListener('keydown', (e) => expect(keyInputOf(e)).toMatchObject({ inTextField: true, onControl: false }));
		input.dispatchEvent(inBox);
		const onButton = new KeyboardEvent('keydown', { key: ' ', ctrlKey: true });
		button.addEventListener('keydown', (e) => expect(keyInputOf(e)).toMatchObject({ key: ' ', ctrlKey: true, onControl: true }));
		button.dispatchEvent(onButton);
		expect.assertions(3);
	});
});
