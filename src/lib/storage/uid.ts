/**
 * Random UUIDs (version 4) for review uids and the device id.
 * `crypto.randomUUID` exists only in secure contexts (https, localhost): a
 * server reached over plain http on a home network would leave it undefined,
 * and the schema upgrade that names every review would then fail. Random bytes
 * are available everywhere, so they stand in.
 */
export function newUid(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
	bytes[8] = (bytes[8] & 0x3f) | 0x80; // the RFC 4122 variant
	const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
