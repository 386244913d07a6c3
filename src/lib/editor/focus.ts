/** Where keyboard focus goes after the editor changes the list under it. */
import { tick } from 'svelte';
import { isTextField } from '$lib/ui/text-field';

/** Focuses an element once the DOM shows the latest change. */
export async function focusAfterUpdate(id: string): Promise<void> {
	await tick();
	document.getElementById(id)?.focus();
}

/** After a move, focus stays on the pressed Move button, or the other one when the question reached an end. */
export async function focusMoveButton(key: string, delta: -1 | 1): Promise<void> {
	await tick();
	const pressed = document.getElementById(`${key}-${delta < 0 ? 'up' : 'down'}`) as HTMLButtonElement | null;
	const other = document.getElementById(`${key}-${delta < 0 ? 'down' : 'up'}`) as HTMLButtonElement | null;
	(pressed && !pressed.disabled ? pressed : other)?.focus();
}

/** Ctrl+Z (or Cmd+Z) pressed outside a text field, where it cannot mean "undo my typing". */
export function isUndoOutsideText(event: KeyboardEvent): boolean {
	if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return false;
	return !isTextField(event.target);
}
