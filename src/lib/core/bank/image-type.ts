/** Image formats told apart by their first bytes, so a file named wrongly (or not at all) is still known. */

/** The leading bytes of each image format, with its MIME type. */
const SIGNATURES: [number[], string][] = [
	[[0x89, 0x50, 0x4e, 0x47], 'image/png'],
	[[0xff, 0xd8, 0xff], 'image/jpeg'],
	[[0x47, 0x49, 0x46, 0x38], 'image/gif'],
	[[0x42, 0x4d], 'image/bmp']
];

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);

/** The MIME type an image's content says it is; null when no known signature matches. */
export function sniffImageType(bytes: Uint8Array): string | null {
	for (const [prefix, type] of SIGNATURES) if (startsWith(bytes, prefix)) return type;
	// RIFF....WEBP
	if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
	return null;
}
