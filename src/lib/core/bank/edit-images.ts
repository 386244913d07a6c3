/**
 * The images of a question draft: add, remove and describe them. A draft
 * holds no images of its own until the teacher changes one (see
 * QuestionDraft.images); until then it shows its saved question's.
 */
import type { QuestionDraft } from './edit';
import { imagesOf, NO_IMAGES, type ImageField, type QuestionImage, type QuestionImages } from './question-images';

/** The images the draft shows now, field by field. */
export function draftImages(d: QuestionDraft): QuestionImages {
	return d.images ?? (d.origin ? imagesOf(d.origin) : NO_IMAGES);
}

function withField(d: QuestionDraft, field: ImageField, change: (images: readonly QuestionImage[]) => readonly QuestionImage[]): QuestionDraft {
	const images = draftImages(d);
	const next = change(images[field]);
	return next === images[field] ? d : { ...d, images: { ...images, [field]: next } };
}

/** The draft with an image added at the end of a field; the same draft when the field already shows it. */
export function addDraftImage(d: QuestionDraft, field: ImageField, image: QuestionImage): QuestionDraft {
	return withField(d, field, (list) => (list.some((i) => i.name === image.name) ? list : [...list, image]));
}

/** The draft without the image `name` in a field. */
export function removeDraftImage(d: QuestionDraft, field: ImageField, name: string): QuestionDraft {
	return withField(d, field, (list) => (list.some((i) => i.name === name) ? list.filter((i) => i.name !== name) : list));
}

/** The draft with a new alt text for the image `name` in a field. */
export function describeDraftImage(d: QuestionDraft, field: ImageField, name: string, alt: string): QuestionDraft {
	return withField(d, field, (list) => (list.some((i) => i.name === name && i.alt !== alt) ? list.map((i) => (i.name === name ? { ...i, alt } : i)) : list));
}
