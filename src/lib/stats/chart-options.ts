/**
 * uPlot options for the page's charts, in the app's colours: bars (answers,
 * due cards, minutes) or lines (true retention against the desired one).
 * uPlot draws on a canvas, which cannot read CSS variables: the colours are
 * read from the page's computed style when a chart is drawn, and the chart
 * is drawn again when the colour scheme changes.
 */
import type uPlot from 'uplot';

/** The app's colours a chart uses, by CSS variable. */
export interface ChartColours {
	text: string;
	muted: string;
	border: string;
	accent: string;
	good: string;
	warn: string;
}

/** One series: its label, colour and, for a line, whether it is dashed (a target rather than a measure). */
export interface SeriesSpec {
	label: string;
	colour: keyof ChartColours;
	dashed?: boolean;
}

export interface ChartSpec {
	kind: 'bars' | 'lines';
	series: SeriesSpec[];
	/** What an x value is ('Day', 'Week from'), named in the legend that reads out the values under the pointer. */
	xName: string;
	/** The x axis's tick labels (x values are study days). */
	x: (value: number) => string;
	/** The y axis's tick and legend labels. */
	y?: (value: number) => string;
	/** A fixed y range; otherwise from 0 to the data's top. */
	yRange?: [number, number];
}

/** The colours of the page as it is now drawn (light or dark). */
export function readColours(element: Element): ChartColours {
	const style = getComputedStyle(element);
	const read = (name: string) => style.getPropertyValue(`--${name}`).trim();
	return { text: read('text'), muted: read('muted'), border: read('border'), accent: read('accent'), good: read('good'), warn: read('warn') };
}

/** uPlot options for `spec` at this size. `paths` is uPlot's own path builders (uPlot.paths), loaded with it. */
export function chartOptions(spec: ChartSpec, paths: uPlot.Series.PathBuilderFactories, colours: ChartColours, width: number, height: number): uPlot.Options {
	const bars = spec.kind === 'bars' ? paths.bars?.({ size: [0.75, 48], gap: 1 }) : undefined;
	const axis = { stroke: colours.muted, grid: { stroke: colours.border, width: 1 }, ticks: { stroke: colours.border, width: 1 } };
	const y = spec.y ?? ((v: number) => String(v));
	return {
		width,
		height,
		scales: {
			// Bars centred on their day, half a day of room at each end.
			x: { time: false, range: (_u, min, max) => (spec.kind === 'bars' ? [min - 0.5, max + 0.5] : [min, max]) },
			y: { range: (_u, _min, max) => spec.yRange ?? [0, Math.max(1, max) * 1.1] }
		},
		axes: [
			{ ...axis, grid: { show: false }, values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? spec.x(v) : '')) },
			// Wide enough for the longest label (uPlot measures none): about 7 px a character at its 12 px font.
			{ ...axis, size: (_u, values) => 18 + 7 * Math.max(3, ...(values ?? []).map((v) => v.length)), values: (_u, splits) => splits.map(y) }
		],
		series: [
			{ label: spec.xName, value: (_u, v) => (v == null ? '' : spec.x(v)) },
			...spec.series.map((s) => ({
				label: s.label,
				stroke: colours[s.colour],
				width: spec.kind === 'bars' ? 0 : 2,
				fill: spec.kind === 'bars' ? colours[s.colour] : undefined,
				dash: s.dashed ? [6, 4] : undefined,
				paths: bars,
				points: { show: spec.kind === 'lines' && !s.dashed, size: 5 },
				value: (_u: uPlot, v: number | null) => (v == null ? '–' : y(v))
			}))
		],
		cursor: { drag: { x: false, y: false }, points: { show: false } },
		legend: { live: true }
	};
}
