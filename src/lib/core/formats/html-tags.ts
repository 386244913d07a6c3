/**
 * Finding tags in imported HTML in one pass. A regex that looks for a tag's
 * closing `>` from every `<` reads the rest of the field again for each tag
 * that is never closed: `<a` written 40,000 times took seconds, a field of
 * them minutes. These give the matches those regexes gave, in linear time.
 */

/** One tag: where it starts, where it ends (after its `>`), and its name as written. */
export interface TagMatch {
	start: number;
	end: number;
	name: string;
}

const TAG_START = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b/g;

/**
 * Every tag, as `/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g`
 * matches them: a `>` inside quotes does not close the tag. Where each tag
 * would close is worked out once, from the end of the text backwards.
 */
export function htmlTags(html: string): TagMatch[] {
	const starts = [...html.matchAll(TAG_START)].map((m) => ({ start: m.index, body: m.index + m[0].length, name: m[1] }));
	// The `>` that closes a tag whose attributes start at p, reading outside quotes, in `"` or in `'`; -1 for none.
	const closeAt = new Int32Array(starts.length);
	let outside = -1;
	let inDouble = -1;
	let inSingle = -1;
	let k = starts.length - 1;
	for (let p = html.length; p >= 0 && k >= 0; p--) {
		const c = p < html.length ? html.charCodeAt(p) : 0;
		if (c === 0x3e /* > */) outside = p;
		else if (c === 0x22 /* " */) [outside, inDouble] = [inDouble, outside];
		else if (c === 0x27 /* ' */) [outside, inSingle] = [inSingle, outside];
		while (k >= 0 && starts[k].body === p) closeAt[k--] = outside;
	}
	const tags: TagMatch[] = [];
	let from = 0;
	starts.forEach((s, i) => {
		// A `<` inside a tag already matched is part of that tag.
		if (s.start < from || closeAt[i] < 0) return;
		from = closeAt[i] + 1;
		tags.push({ start: s.start, end: from, name: s.name });
	});
	return tags;
}

/** Every `<img …>` up to its first `>`, as `/<img\b[^>]*>/gi` matches them. */
export function imgTags(html: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	const img = /<img\b/gi;
	for (let m = img.exec(html); m; m = img.exec(html)) {
		const close = html.indexOf('>', m.index);
		// No `>` after this tag means none after any later one either.
		if (close < 0) break;
		out.push({ start: m.index, end: close + 1 });
		img.lastIndex = close + 1;
	}
	return out;
}

const SRC = /\bsrc\s*=\s*/gi;
const SRC_VALUE = /"([^"]*)"|'([^']*)'|([^\s>]+)/y;

/**
 * The raw `src` value of every `<img>`, as
 * `/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi` finds them:
 * `src=` before the tag's first `>`, its quoted value perhaps past it.
 */
export function imgSourceValues(html: string): string[] {
	const out: string[] = [];
	const img = /<img\b/gi;
	// The first `>` at or after the tag, kept while tags follow before it: searching afresh from every tag is quadratic.
	let close = -2;
	for (let m = img.exec(html); m; m = img.exec(html)) {
		const body = m.index + m[0].length;
		if (close !== -1 && close < body) close = html.indexOf('>', body);
		const stop = close < 0 ? html.length : close;
		const attrs = html.slice(body, stop);
		let next = stop;
		SRC.lastIndex = 0;
		for (let a = SRC.exec(attrs); a; a = SRC.exec(attrs)) {
			SRC_VALUE.lastIndex = body + a.index + a[0].length;
			const value = SRC_VALUE.exec(html);
			if (!value) continue;
			out.push(value[1] ?? value[2] ?? value[3]);
			next = SRC_VALUE.lastIndex;
			break;
		}
		// Without a src, every tag opened before this `>` has none either.
		img.lastIndex = next;
	}
	return out;
}
