/**
 * Whether keyboard focus is where keys type text, so that the page's own
 * shortcuts (digits, Space, Enter, Ctrl+Z) leave the key to the field.
 */

/** Input types that take no typing: keys on them still belong to the page. */
const NOT_TYPED = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'color', 'range', 'image']);

/** True for an editable textarea, a text-like input or editable rich text; a read-only field types nothing, so it is false there. */
export function isTextField(target: EventTarget | null): boolean {
	if (target instanceof HTMLTextAreaElement) return !target.readOnly;
	if (target instanceof HTMLInputElement) return !target.readOnly && !NOT_TYPED.has(target.type);
	return target instanceof HTMLElement && target.isContentEditable === true;
}
