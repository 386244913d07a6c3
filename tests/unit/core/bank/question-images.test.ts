import { addDraftImage, describeDraftImage, draftImages, removeDraftImage } from '$lib/core/bank/edit-images';
import { applyEdits, draftQuestion, isUnchanged, newDraft, toDraft, toMetaDraft } from '$lib/core/bank/edit';
import { checkImage, defaultAlt, imageHash, imageName, MAX_IMAGE_BYTES } from '$lib/core/bank/image-file';
import { composeHtml, imageFields, imagesIn, isComposed } from '$lib/core/bank/question-images';
import type { Bank, Question } from '$lib/core/bank/schema';
import { validateBank } from '$lib/core/bank/validate';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 9]);
const WEBP = new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ');
const text = (s: string) => new TextEncoder().encode(s);

describe('checkImage', () => {
	it('takes PNG, JPEG, GIF and WebP by their content, whatever the file is called', () => {
		expect(checkImage('cell.png', PNG)).toEqual({ ok: true, type: 'image/png', extension: 'png' });
		expect(checkImage('photo', JPEG)).toEqual({ ok: true, type: 'image/jpeg', extension: 'jpg' });
		expect(checkImage('a.gif', text('GIF89a....'))).toMatchObject({ ok: true, type: 'image/gif' });
		expect(checkImage('x.png', WEBP)).toMatchObject({ ok: true, type: 'image/webp', extension: 'webp' });
	});

	it('refuses SVG, saying why, even when it is named .png', () => {
		const svg = checkImage('logo.png', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'));
		expect(svg).toEqual({ ok: false, message: 'logo.png is an SVG drawing, which can carry scripts: save it as a PNG and add that.' });
		expect(checkImage('logo.svg', text('garbage'))).toMatchObject({ ok: false, message: expect.stringContaining('SVG') });
	});

	it('refuses other files and types it cannot show (a BMP, a text file, an empty file)', () => {
		const bmp = checkImage('scan.bmp', text('BM......'));
		expect(bmp).toEqual({ ok: false, message: 'scan.bmp is not an image Factdeck can show: choose a PNG, JPEG, GIF or WebP file.' });
		expect(checkImage('notes.txt', text('hello'))).toMatchObject({ ok: false });
		expect(checkImage('', new Uint8Array())).toEqual({ ok: false, message: 'The pasted image is empty.' });
	});

	it('refuses an image over 5 MB from its size alone, with both sizes in the message', () => {
		expect(checkImage('big.png', PNG, MAX_IMAGE_BYTES)).toMatchObject({ ok: true });
		const big = checkImage('big.png', PNG, MAX_IMAGE_BYTES + 1);
		expect(big).toEqual({ ok: false, message: 'big.png is 5 MB; an image may be at most 5 MB. Save it smaller (a JPEG, or fewer pixels) and add it again.' });
		expect(checkImage('huge.jpg', JPEG, 12 * 1024 * 1024)).toMatchObject({ ok: false, message: expect.stringMatching(/^huge\.jpg is 12 MB;/) });
	});
});

describe('names and alt texts', () => {
	it('names an image by its content: the same bytes, the same name; other bytes, another', () => {
		expect(imageName(imageHash(PNG), 'png')).toBe(imageName(imageHash(PNG.slice()), 'png'));
		expect(imageHash(PNG)).not.toBe(imageHash(JPEG));
		expect(imageName(imageHash(PNG), 'png')).toMatch(/^image-[0-9a-z]{22}\.png$/);
	});

	it("starts the alt text from the file's name, and from 'Image' for a pasted one", () => {
		expect(defaultAlt('cell-diagram_v2.png')).toBe('cell diagram v2');
		expect(defaultAlt('image.png')).toBe('Image');
		expect(defaultAlt('')).toBe('Image');
	});

	it('offers images in the prompt of every type, and in the answer of a flashcard only', () => {
		expect(imageFields('flashcard')).toEqual(['prompt', 'answer']);
		expect(imageFields('mcq')).toEqual(['prompt']);
	});
});

describe('rich text with images', () => {
	it('writes the text escaped, then each image, and reads the images back', () => {
		const html = composeHtml('Is 1 < 2 & "so"?\nLook:', [{ name: 'image-a.png', alt: 'A "graph"' }]);
		expect(html).toBe('Is 1 &lt; 2 &amp; &quot;so&quot;?<br>Look:<br><img src="image-a.png" alt="A &quot;graph&quot;">');
		expect(imagesIn(html)).toEqual([{ name: 'image-a.png', alt: 'A "graph"' }]);
		expect(isComposed('Is 1 < 2 & "so"?\nLook:', html)).toBe(true);
		expect(composeHtml('Q', [{ name: 'b.png', alt: '  ' }])).toBe('Q<br><img src="b.png" alt="Image">');
	});

	it("finds an import's images in any markup, once each, and not those from the web", () => {
		const html = `<div><b>Heart</b> <img alt='left side' src="heart&amp;lungs.jpg"><img src=x.gif><img src="https://e.x/a.png"><img src="x.gif"></div>`;
		expect(imagesIn(html)).toEqual([
			{ name: 'heart&lungs.jpg', alt: 'left side' },
			{ name: 'x.gif', alt: '' }
		]);
		expect(isComposed('Heart', html)).toBe(false);
	});
});

const bank = (questions: Question[]): Bank => ({ format: 'factdeck.bank', version: 1, id: 'b', title: 'B', questions });
const flashcard: Question = { id: 'q1', fact: 'f1', type: 'flashcard', prompt: 'What organ is this?', answer: 'The heart' };
const heart = { name: 'image-heart.png', alt: 'heart' };

describe('draft images', () => {
	it('adds an image to a draft, which then makes a valid question showing it', () => {
		const d = addDraftImage(toDraft(flashcard, 'k'), 'prompt', heart);
		expect(isUnchanged(d)).toBe(false);
		expect(draftImages(d).prompt).toEqual([heart]);
		const q = draftQuestion(d);
		expect(q.html).toEqual({ prompt: 'What organ is this?<br><img src="image-heart.png" alt="heart">', answer: undefined });
		expect(validateBank(applyEdits(bank([flashcard]), toMetaDraft(bank([flashcard])), [d])).ok).toBe(true);
	});

	it('adds an image once, describes it, and removes it; removed again, the draft holds its saved question', () => {
		const saved: Question = { ...flashcard, html: { prompt: composeHtml(flashcard.prompt, [heart]) } };
		const d = toDraft(saved, 'k');
		expect(draftImages(d).prompt).toEqual([heart]);
		expect(addDraftImage(d, 'prompt', heart)).toBe(d);
		const described = describeDraftImage(d, 'prompt', heart.name, 'A human heart, front view');
		expect(draftQuestion(described).html?.prompt).toContain('alt="A human heart, front view"');
		const removed = removeDraftImage(d, 'prompt', heart.name);
		expect(draftQuestion(removed).html).toBeUndefined();
		expect(isUnchanged(addDraftImage(removed, 'prompt', heart))).toBe(true);
	});

	it('keeps the images when the wording changes, and the formatting of an untouched import', () => {
		const saved: Question = { ...flashcard, html: { prompt: '<b>What organ</b> is this? <img src="heart.jpg" alt="x">' } };
		expect(draftQuestion(toDraft(saved, 'k')).html?.prompt).toBe(saved.html!.prompt);
		const reworded = { ...toDraft(saved, 'k'), prompt: 'Name this organ.' };
		expect(draftQuestion(reworded).html?.prompt).toBe('Name this organ.<br><img src="heart.jpg" alt="x">');
	});

	it("puts an image on a flashcard's back", () => {
		const d = addDraftImage({ ...newDraft('flashcard', 'k', new Set()), prompt: 'Which organ?', answer: 'Heart' }, 'answer', heart);
		expect(draftQuestion(d).html).toEqual({ prompt: undefined, answer: 'Heart<br><img src="image-heart.png" alt="heart">' });
	});
});
