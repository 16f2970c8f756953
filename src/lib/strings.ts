/**
 * The interface's own words: what any story's pages say, whatever the story. Kept in one table so
 * they can be translated in one place. Words that name a story, its texts, voices or region are
 * content (story.yaml `copy`, texts.yaml, voices.yaml), never here. A template's `{name}` is
 * filled by `fill`. Plain relative imports only: the content validator imports this in Node.
 */
export const STRINGS = {
	close: 'Close',
	verdicts: {
		accurate: 'Sources agree',
		'partly-accurate': 'Partly accurate',
		inaccurate: 'Sources disagree',
		unverified: 'Not verified',
		disputed: 'Disputed'
	},
	factCheck: 'Fact-check',
	factCheckNote: 'Fact-check note',
	claim: {
		/** A claim card's kicker: its step in the argument and the paragraphs of its text. */
		kicker: 'Step {step} · {text} {paragraphs}',
		/** Where a claim's own page and social card sit in the argument. */
		position: 'Step {step} of {total} of the argument',
		/** Under a quote: the text it is from and its paragraph. */
		quoteFrom: '— {text}, ¶{paragraph}',
		/** After an event that rests on one text alone. */
		basisOnly: '({text} only)',
		/** A claim page with neither evidence nor a fact-check note. */
		nothingBehind:
			'This step cites no dated event and carries no fact-check note: nothing stands behind it but {text} itself.'
	},
	event: {
		/** An event that rests on one text alone: the strong part, then the rest. */
		restsOn: 'Rests on {text} alone:',
		restsOnNote: 'no independent source was found for this.'
	},
	tour: {
		/** A step of the tour, as its counter shows and its announcement starts. */
		step: 'Step {step} of {total}',
		/** The answer side's heading when the voice has none of its own (voices.yaml `answer`). */
		answer: 'The answer'
	},
	page: {
		skipToArgument: 'Skip to the argument',
		/** A panel or popup whose code failed to load. */
		loadFailed: 'This {what} could not load (is the connection down?).',
		panel: 'panel',
		popup: 'popup',
		tryAgain: 'Try again'
	},
	embed: {
		openFullMap: 'Open the full map',
		/** After the story's title in the embed's document title. */
		titleSuffix: '(map)'
	},
	map: {
		/** The landmark around the map and the timeline. */
		region: 'Map and timeline',
		/** A place of the current event on the map's edge, or beyond it (panels/onMap.ts). */
		offMapLabel: 'Places the map cannot frame',
		atEdge: '{place}: at the edge of the map, to the {direction}',
		beyond: '{place}: beyond the map, to the {direction}',
		directions: {
			north: 'north',
			'north-east': 'north-east',
			east: 'east',
			'south-east': 'south-east',
			south: 'south',
			'south-west': 'south-west',
			west: 'west',
			'north-west': 'north-west'
		},
		/** After the story's map label (copy.mapLabel) on the WebGL map. */
		keys: 'Use the arrow keys to pan and plus or minus to zoom.'
	}
} as const;

/**
 * A template with its `{name}` slots filled from `values`; a slot without a value is left as it
 * is, so a missing value shows in the page rather than silently vanishing.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
		name in values ? String(values[name]) : slot
	);
}

/** The `{name}` slots of a template, in order, each once. */
export function slots(template: string): string[] {
	return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
}

/**
 * What story.yaml's `copy` may say, each entry with the slots its template may use. An entry left
 * out takes the default here: generic words that name no story.
 */
export const COPY_DEFAULTS = {
	/** The main page's document title. */
	documentTitle: { text: '{title}', slots: ['title'] },
	/** After the site's name in every sub-page's footer. */
	about: {
		text: 'which maps an argument with its sources. It reports what the sources say and takes no side.',
		slots: []
	},
	/** The main page's footer: where the geodata comes from. */
	credits: {
		text: 'Country shapes: Made with Natural Earth (public domain), via world-atlas. See the README for every data file’s provenance.',
		slots: []
	},
	/** Under the tour's start button. */
	tourStart: { text: '{total} steps in the argument’s order.', slots: ['total'] },
	/** The lede of the argument as a list (no-JavaScript and print view). */
	argumentLede: {
		text: 'Each step of the argument in its own order: who makes the point, what it answers, and the dated events offered as evidence.',
		slots: []
	},
	/** A focus country panel's kicker. */
	focusCountry: { text: 'Focus country', slots: [] },
	/** The country list's heading over the focus countries. */
	focusCountries: { text: 'The focus countries', slots: [] },
	/** The country list's lede. */
	countryListLede: {
		text: 'Open a country for what the argument says about it, and where it happened.',
		slots: []
	},
	/** The WebGL map's accessible name (the keys follow it). */
	mapLabel: { text: 'Map of the story’s region.', slots: [] },
	/** The static map's accessible name. */
	staticMapLabel: {
		text: 'Map of the story’s region. Each country and place links to what the argument and the events say about it.',
		slots: []
	},
	/** The static map's description for screen readers, before the overlays' and the dots'. */
	mapDescription: { text: 'The story’s focus countries are drawn in a warm colour', slots: [] },
	/** The embed's static map's accessible name. */
	embedMapLabel: { text: 'Map of the story’s region, showing the selection.', slots: [] },
	/** A claim panel's subtitle before its paragraphs. */
	claimStep: { text: 'Step {step} of {total} in the argument', slots: ['step', 'total'] },
	/** A claim panel whose claim no later step answers. */
	noLaterAnswer: { text: 'No later step of the argument answers this one directly.', slots: [] },
	/** The tour's heading over the later steps that answer this one. */
	answeredLater: { text: 'Answered later in the argument', slots: [] },
	/** A claim page's description, after its speaker and kind. */
	claimMeta: { text: 'step {step} of {total} of the argument.', slots: ['step', 'total'] },
	/** The claims index's description. */
	claimsDescription: {
		text: 'Each of the {count} steps of the argument on its own page: who says it, what it answers, its evidence and sources.',
		slots: ['count']
	},
	/** The claims index's lede, before the link to the map. */
	claimsLede: {
		text: 'Each move of the argument, in its order, on a page of its own that can be shared. The map shows them in context:',
		slots: []
	},
	/** The events index's description. */
	eventsDescription: {
		text: 'The {count} dated events the argument and its fact-checks rely on, each on its own page with places and sources.',
		slots: ['count']
	}
} as const satisfies Record<string, { text: string; slots: readonly string[] }>;

export type CopyKey = keyof typeof COPY_DEFAULTS;

/** story.yaml's `copy`, every entry filled in (the story's own or the default). */
export type StoryCopy = Record<CopyKey, string>;
