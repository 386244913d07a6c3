/**
 * Just enough of the protobuf wire format to read Anki's small messages
 * (package meta, media list, note type and template configs): fields by
 * number, varints and length-delimited bytes. Anything malformed throws.
 */

/** One field as read from the wire. */
export type PbValue = { wire: 0; value: number } | { wire: 2; bytes: Uint8Array };

/** A malformed message. */
class ProtobufError extends Error {}

function varint(bytes: Uint8Array, at: number): [number, number] {
	let value = 0;
	let scale = 1;
	for (let i = at; i < bytes.byteLength && i < at + 10; i++) {
		value += (bytes[i] & 0x7f) * scale;
		scale *= 128;
		if ((bytes[i] & 0x80) === 0) return [value, i + 1];
	}
	throw new ProtobufError('malformed varint');
}

/** Every field of a message, grouped by field number, in wire order. */
export function readMessage(bytes: Uint8Array): Map<number, PbValue[]> {
	const fields = new Map<number, PbValue[]>();
	let p = 0;
	while (p < bytes.byteLength) {
		const [key, next] = varint(bytes, p);
		p = next;
		const field = Math.floor(key / 8);
		const wire = key % 8;
		let value: PbValue;
		if (wire === 0) {
			const [n, after] = varint(bytes, p);
			value = { wire: 0, value: n };
			p = after;
		} else if (wire === 2) {
			const [length, after] = varint(bytes, p);
			if (after + length > bytes.byteLength) throw new ProtobufError('field runs past the end of the message');
			value = { wire: 2, bytes: bytes.subarray(after, after + length) };
			p = after + length;
		} else if (wire === 1 || wire === 5) {
			p += wire === 1 ? 8 : 4;
			if (p > bytes.byteLength) throw new ProtobufError('field runs past the end of the message');
			continue;
		} else throw new ProtobufError(`unsupported wire type ${wire}`);
		const list = fields.get(field) ?? [];
		list.push(value);
		fields.set(field, list);
	}
	return fields;
}

/** The first varint of a field, or `fallback`. */
export function pbNumber(fields: Map<number, PbValue[]>, field: number, fallback = 0): number {
	const v = fields.get(field)?.find((x) => x.wire === 0);
	return v && v.wire === 0 ? v.value : fallback;
}

/** The first length-delimited field as UTF-8 text, or `''`. */
export function pbString(fields: Map<number, PbValue[]>, field: number): string {
	const v = fields.get(field)?.find((x) => x.wire === 2);
	return v && v.wire === 2 ? new TextDecoder().decode(v.bytes) : '';
}

/** Every length-delimited value of a field (repeated messages). */
export function pbMessages(fields: Map<number, PbValue[]>, field: number): Uint8Array[] {
	return (fields.get(field) ?? []).flatMap((v) => (v.wire === 2 ? [v.bytes] : []));
}
