// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import ResultDropZone from '$lib/results/ResultDropZone.svelte';

const file = (name: string) => new File(['{}'], name, { type: 'application/json' });

/** A FileList as the browser hands it over (jsdom cannot build one). */
function fileList(files: File[]): FileList {
	const list = { length: files.length, item: (i: number) => files[i] ?? null, [Symbol.iterator]: () => files[Symbol.iterator]() };
	files.forEach((f, i) => Object.assign(list, { [i]: f }));
	return list as unknown as FileList;
}

describe('ResultDropZone', () => {
	it('is a labelled, focusable file input for many .json files', () => {
		render(ResultDropZone, { onfiles: vi.fn() });
		const input = screen.getByLabelText('Add result files');
		expect(input).toHaveAttribute('type', 'file');
		expect(input).toHaveAttribute('multiple');
		expect(input).toHaveAttribute('accept', '.json,application/json');
		expect(input).toHaveAccessibleDescription(/Drop students' \.json result files here/);
		input.focus();
		expect(input).toHaveFocus();
	});

	it('hands over every chosen file, then clears the input so the same file can be chosen again', async () => {
		const onfiles = vi.fn();
		render(ResultDropZone, { onfiles });
		const input = screen.getByLabelText('Add result files') as HTMLInputElement;
		const chosen = [file('a.json'), file('b.json')];
		Object.defineProperty(input, 'files', { value: fileList(chosen), configurable: true });
		await fireEvent.change(input);
		expect(onfiles).toHaveBeenCalledWith(chosen);
		expect(input.value).toBe('');
	});

	it('takes files dropped on the zone', async () => {
		const onfiles = vi.fn();
		render(ResultDropZone, { onfiles });
		const zone = screen.getByLabelText('Add result files').closest('label')!;
		const dropped = [file('c.json')];
		await fireEvent.dragOver(zone, { dataTransfer: { files: fileList([]), dropEffect: 'none' } });
		expect(zone).toHaveClass('over');
		await fireEvent.drop(zone, { dataTransfer: { files: fileList(dropped) } });
		expect(onfiles).toHaveBeenCalledWith(dropped);
		expect(zone).not.toHaveClass('over');
	});

	it('ignores drops while disabled (an import is running)', async () => {
		const onfiles = vi.fn();
		render(ResultDropZone, { onfiles, disabled: true });
		expect(screen.getByLabelText('Add result files')).toBeDisabled();
		const zone = screen.getByLabelText('Add result files').closest('label')!;
		await fireEvent.drop(zone, { dataTransfer: { files: fileList([file('d.json')]) } });
		expect(onfiles).not.toHaveBeenCalled();
	});
});
