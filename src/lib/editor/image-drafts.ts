/**
 * Images added in the editor and not saved yet. Their bytes wait here, out of
 * the database, until the bank is saved: then the ones the bank still shows
 * are written in the bank's own transaction, and the rest are dropped.
 */
import { checkImage, defaultAlt, imageHash, imageName } from '$lib/core/bank/image-file';
import { imagesOf, type ImageField, type QuestionImage } from '$lib/core/bank/question-images';
import type { Bank } from '$lib/core/bank/schema';
import type { MediaFile } from '$lib/storage/media';

/** How many leading bytes tell an image's type. */
const HEAD_BYTES = 512;

/** An image taken, or why it was refused. */
export type TakenImage = { ok: true; image: QuestionImage } | { ok: false; message: string };

/** The unsaved images of one bank editor, by stored name. */
export class ImageDrafts {
	#files = new Map<string, MediaFile & { blob: Blob }>();

	/** Checks a chosen or pasted file and keeps it; the image to put in a question, or why not. */
	async take(file: File): Promise<TakenImage> {
		const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
		const check = checkImage(file.name, head, file.size);
		if (!check.ok) return check;
		const bytes = new Uint8Array(await file.arrayBuffer());
		const name = imageName(imageHash(bytes), check.extension);
		this.#files.set(name, { name, type: check.type, bytes, blob: new Blob([bytes], { type: check.type }) });
		return { ok: true, image: { name, alt: defaultAlt(file.name) } };
	}

	/** An unsaved image's content, for its preview. */
	blob(name: string): Blob | undefined {
		return this.#files.get(name)?.blob;
	}

	/** The unsaved images that a question of `bank` shows: those to store with it. */
	usedBy(bank: Bank): MediaFile[] {
		if (this.#files.size === 0) return [];
		const used = new Map<string, MediaFile>();
		for (const question of bank.questions) {
			if (!question.html) continue;
			const { prompt, answer } = imagesOf(question);
			for (const { name } of [...prompt, ...answer]) {
				const file = this.#files.get(name);
				if (file) used.set(name, { name, type: file.type, bytes: file.bytes });
			}
		}
		return [...used.values()];
	}

	/** Forgets every unsaved image (after a save, which stored those still shown). */
	clear(): void {
		this.#files.clear();
	}
}

/** What the image controls of one question need from its editor. */
export interface ImageActions {
	bankId: string;
	/** An image added since the last save, for its preview. */
	unsaved: (name: string) => Blob | undefined;
	/** Adds a file to a field; why it was refused, or null. */
	add: (field: ImageField, file: File) => Promise<string | null>;
	remove: (field: ImageField, name: string) => void;
	describe: (field: ImageField, name: string, alt: string) => void;
}
