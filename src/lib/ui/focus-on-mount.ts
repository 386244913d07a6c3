/** Attachment that focuses an element as it appears: for content that replaces the control just used. */
export function focusOnMount(node: HTMLElement): void {
	node.focus();
}
