/**
 * The collection of an Anki package as Anki 2.1's legacy export writes it:
 * schema version 11, the tables and indexes Anki creates for it, and the
 * `col` row whose JSON (note types, decks, deck options, settings) Anki reads
 * when it opens the package to import it. Current Anki upgrades this schema
 * on import, so one file serves Anki 2.1.x and 23.x to 25.x.
 */

/** Anki's schema 11, table by table, as Anki creates it (its indexes follow). */
export const SCHEMA_11_SQL = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

/** The ids a package's objects take, all derived from its bank (see `packageIds`). */
export interface PackageIds {
	basic: number;
	cloze: number;
	deck: number;
	/** The first note's id; note n is `firstNote + n`, and its one card has the same id. */
	firstNote: number;
}

/** The deck options every Anki collection has: deck options group 1. */
const OPTIONS_ID = 1;

const LATEX_PRE =
	'\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';
const LATEX_POST = '\\end{document}';
const CSS = '.card {\n  font-family: arial;\n  font-size: 20px;\n  text-align: center;\n  color: black;\n  background-color: white;\n}\n';
const CLOZE_CSS = `${CSS}\n.cloze {\n  font-weight: bold;\n  color: blue;\n}\n.nightMode .cloze {\n  color: lightblue;\n}\n`;

/** One field of a note type, with the keys Anki's schema 11 requires. */
const field = (name: string, ord: number) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] });

/** One card template, with the keys Anki's schema 11 requires. */
const template = (name: string, qfmt: string, afmt: string) => ({ name, ord: 0, qfmt, afmt, bqfmt: '', bafmt: '', did: null });

/** Anki's stock Basic and Cloze note types, with the bank's ids, as `col.models` holds them. */
export function noteTypes(ids: PackageIds, modSecs: number): Record<string, unknown> {
	const noteType = (id: number, name: string, cloze: boolean, fields: [string, string], card: ReturnType<typeof template>) => ({
		id,
		name,
		type: cloze ? 1 : 0,
		mod: modSecs,
		usn: -1,
		sortf: 0,
		did: ids.deck,
		flds: fields.map(field),
		tmpls: [card],
		css: cloze ? CLOZE_CSS : CSS,
		latexPre: LATEX_PRE,
		latexPost: LATEX_POST,
		latexsvg: false,
		tags: [],
		vers: []
	});
	const basic = noteType(ids.basic, 'Basic', false, ['Front', 'Back'], template('Card 1', '{{Front}}', '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}'));
	const cloze = noteType(ids.cloze, 'Cloze', true, ['Text', 'Back Extra'], template('Cloze', '{{cloze:Text}}', '{{cloze:Text}}<br>\n{{Back Extra}}'));
	// Card 1 of Basic is made when the Front field is filled; a cloze note's cards come from its deletions instead.
	return { [ids.basic]: { ...basic, req: [[0, 'any', [0]]] }, [ids.cloze]: cloze };
}

const today = () => [0, 0];

/** A normal deck as `col.decks` holds it; `desc` is shown on its overview screen. */
function deck(id: number, name: string, desc: string, modSecs: number) {
	return {
		id,
		name,
		desc,
		mod: modSecs,
		usn: -1,
		dyn: 0,
		conf: OPTIONS_ID,
		collapsed: false,
		browserCollapsed: false,
		newToday: today(),
		revToday: today(),
		lrnToday: today(),
		timeToday: today(),
		extendNew: 0,
		extendRev: 0
	};
}

/** The Default deck (every collection has deck 1) and the bank's own deck. */
export function decks(ids: PackageIds, title: string, description: string, modSecs: number): Record<string, unknown> {
	return { 1: deck(1, 'Default', '', 0), [ids.deck]: deck(ids.deck, title, description, modSecs) };
}

/**
 * Deck options group 1 with Anki's default steps and limits. Modified at time
 * 0, as the Default deck is: the learner's own group 1 and Default deck are
 * always newer, so an import never overwrites their settings.
 */
export function deckOptions(): Record<string, unknown> {
	return {
		[OPTIONS_ID]: {
			id: OPTIONS_ID,
			name: 'Default',
			mod: 0,
			usn: -1,
			maxTaken: 60,
			autoplay: true,
			timer: 0,
			replayq: true,
			dyn: false,
			new: { delays: [1, 10], ints: [1, 4, 0], initialFactor: 2500, order: 1, perDay: 20, bury: false },
			lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
			rev: { perDay: 200, ease4: 1.3, ivlFct: 1, maxIvl: 36500, hardFactor: 1.2, bury: false }
		}
	};
}

/** The collection settings: the deck and note type to add to, the day's rollover hour and the time zone the days were counted in. */
export function collectionConf(ids: PackageIds, rollover: number, minutesWest: number, nextPos: number): Record<string, unknown> {
	return {
		activeDecks: [ids.deck],
		curDeck: ids.deck,
		curModel: ids.basic,
		nextPos,
		schedVer: 2,
		rollover,
		creationOffset: minutesWest,
		sortType: 'noteFld',
		sortBackwards: false,
		addToCur: true,
		dayLearnFirst: false,
		newSpread: 0,
		dueCounts: true,
		estTimes: true,
		collapseTime: 1200,
		timeLim: 0
	};
}
