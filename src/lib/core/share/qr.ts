/**
 * A QR code of a share link, as a matrix and as one SVG path, so a component
 * can draw it with no canvas, no image and no text in the markup.
 */
import { encode } from 'uqr';

/**
 * The most a QR code holds: version 40 (177×177 modules) at error correction
 * level L carries 2,953 bytes. A bank link longer than this gets no QR code;
 * the teacher is offered the link or the file instead.
 */
export const QR_MAX_BYTES = 2953;

/**
 * The longest payload piece one code of a split link carries. A code of that
 * size is version 29 (133×133 modules), which a phone still reads off a
 * screen or a projector at 2-3 px a module; version 40 needs a sharp print.
 * A 40-question test link is about 5,800 characters: 4 codes.
 */
export const QR_PIECE_CHARS = 1500;

/** Modules of white margin a reader needs around the code (the standard's quiet zone). */
const QR_QUIET_ZONE = 4;

/** The modules of a QR code for `text` (true = dark), or null when it is too long for any QR code. */
export function qrMatrix(text: string): boolean[][] | null {
	if (new TextEncoder().encode(text).length > QR_MAX_BYTES) return null;
	try {
		// Level L fits the most; boostEcc raises it for free when the data leaves room.
		return encode(text, { ecc: 'L', boostEcc: true, border: 0 }).data;
	} catch {
		return null;
	}
}

/** One SVG path drawing every dark module: a rectangle per horizontal run, in module units. */
export function qrSvgPath(matrix: readonly (readonly boolean[])[]): string {
	const parts: string[] = [];
	matrix.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
		}
	});
	return parts.join('');
}

/** The SVG viewBox for a matrix, with the quiet zone around it. */
export function qrViewBox(matrix: readonly (readonly boolean[])[], quiet = QR_QUIET_ZONE): string {
	const size = matrix.length + 2 * quiet;
	return `${-quiet} ${-quiet} ${size} ${size}`;
}
