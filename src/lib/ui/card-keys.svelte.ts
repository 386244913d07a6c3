/**
 * The keyboard of a page that shows one card (or test question) at a time:
 * a key press as the key map reads it, and a gate that keeps keys pressed for
 * one card from reaching the next (see keyAction and KeyGate in core/quiz/keys).
 */
import { KeyGate, type KeyInput } from '$lib/core/quiz/keys';
import { isTextField } from './text-field';

/** A keydown as the key map reads it: the key, its modifiers and where focus is. */
export function keyInputOf(event: KeyboardEvent): KeyInput {
	const { key, ctrlKey, metaKey, altKey, target } = event;
	// Enter and Space on a focused button or link press it: the page's shortcut leaves them be.
	const onControl = target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement;
	return { key, ctrlKey, metaKey, altKey, inTextField: isTextField(target), onControl };
}

/**
 * Gates keys by the item `shown()` returns; call while a component initialises and put
 * the handlers on `<svelte:window>`. The keydown is taken in the capture phase, so a
 * stale key is dropped before anything else sees it, the answer box's Enter included.
 */
export function gateKeys(shown: () => object | null) {
	const gate = new KeyGate();
	// Only a new item moves the gate, not a change of the same item's state (its answer shown).
	const item = $derived(shown());
	$effect(() => {
		// Effects run once the item is drawn and focused, in the same task: no key falls in between.
		if (item) gate.ready(performance.now());
	});
	const code = (event: KeyboardEvent) => event.code || event.key;
	return {
		onkeydowncapture(event: KeyboardEvent) {
			if (gate.admits({ code: code(event), timeStamp: event.timeStamp, repeat: event.repeat })) return;
			event.preventDefault();
			event.stopImmediatePropagation();
		},
		onkeyup(event: KeyboardEvent) {
			gate.released(code(event));
		}
	};
}
