/**
 * Geodata configuration: how the countries are generalised and which ids they get. Which part of
 * the world is built (the boxes, the focus countries, the water labels) is the story's, in
 * region.yaml in the content folder. Every value is explained in geo/README.md.
 */

/**
 * A box in degrees: [[west, south], [east, north]] (MapLibre's LngLatBoundsLike order).
 * @typedef {[[number, number], [number, number]]} Bounds
 */

/**
 * Where the built topology lives: its path inside the story's content folder, which is also its
 * URL path under the site's base (the build copies it there; region.view.json lies next to it).
 */
export const TOPOLOGY_PATH = 'geo/region.topo.json';

/** The least margin (degrees) the build accepts between the region's maxBounds and clipBox. */
export const MIN_CLIP_MARGIN = 2;

/**
 * Quantisation of the committed TopoJSON: 1e4 steps across the clip box, i.e. 0.007° of longitude
 * and 0.0054° of latitude (under 800 m), below a pixel at zoom 6.
 */
export const QUANTIZATION = 1e4;

/**
 * Visvalingam simplification threshold: points whose effective triangle area (planar, in square
 * degrees of longitude/latitude) is below this are dropped, and detached islands smaller than
 * it are removed. 1e-3 deg² is e.g. a 0.02° bump (about a pixel at zoom 5) on a 0.1° stretch
 * (see geo/README.md for the sizes measured at other thresholds).
 */
export const SIMPLIFY_MIN_WEIGHT = 1e-3;

/**
 * world-atlas ids are ISO 3166-1 numeric codes (strings). Every country that survives the clip
 * must be listed here, or the build fails. `name` is the English name written to the output;
 * `ne` is Natural Earth's NAME when it differs (abbreviated or older), and the build checks it,
 * so a mistyped numeric code cannot silently label the wrong country.
 * @type {Readonly<Record<string, { id: string, name: string, ne?: string }>>}
 */
export const COUNTRY_CODES = {
	'004': { id: 'AFG', name: 'Afghanistan' },
	'008': { id: 'ALB', name: 'Albania' },
	'031': { id: 'AZE', name: 'Azerbaijan' },
	'048': { id: 'BHR', name: 'Bahrain' },
	'050': { id: 'BGD', name: 'Bangladesh' },
	'051': { id: 'ARM', name: 'Armenia' },
	'064': { id: 'BTN', name: 'Bhutan' },
	'070': { id: 'BIH', name: 'Bosnia and Herzegovina', ne: 'Bosnia and Herz.' },
	100: { id: 'BGR', name: 'Bulgaria' },
	112: { id: 'BLR', name: 'Belarus' },
	140: { id: 'CAF', name: 'Central African Republic', ne: 'Central African Rep.' },
	144: { id: 'LKA', name: 'Sri Lanka' },
	148: { id: 'TCD', name: 'Chad' },
	156: { id: 'CHN', name: 'China' },
	191: { id: 'HRV', name: 'Croatia' },
	196: { id: 'CYP', name: 'Cyprus' },
	231: { id: 'ETH', name: 'Ethiopia' },
	232: { id: 'ERI', name: 'Eritrea' },
	233: { id: 'EST', name: 'Estonia' },
	246: { id: 'FIN', name: 'Finland' },
	262: { id: 'DJI', name: 'Djibouti' },
	268: { id: 'GEO', name: 'Georgia' },
	275: { id: 'PSE', name: 'Palestine' },
	300: { id: 'GRC', name: 'Greece' },
	348: { id: 'HUN', name: 'Hungary' },
	356: { id: 'IND', name: 'India' },
	364: { id: 'IRN', name: 'Iran' },
	368: { id: 'IRQ', name: 'Iraq' },
	376: { id: 'ISR', name: 'Israel' },
	380: { id: 'ITA', name: 'Italy' },
	398: { id: 'KAZ', name: 'Kazakhstan' },
	400: { id: 'JOR', name: 'Jordan' },
	414: { id: 'KWT', name: 'Kuwait' },
	417: { id: 'KGZ', name: 'Kyrgyzstan' },
	422: { id: 'LBN', name: 'Lebanon' },
	428: { id: 'LVA', name: 'Latvia' },
	434: { id: 'LBY', name: 'Libya' },
	440: { id: 'LTU', name: 'Lithuania' },
	470: { id: 'MLT', name: 'Malta' },
	496: { id: 'MNG', name: 'Mongolia' },
	498: { id: 'MDA', name: 'Moldova' },
	499: { id: 'MNE', name: 'Montenegro' },
	512: { id: 'OMN', name: 'Oman' },
	524: { id: 'NPL', name: 'Nepal' },
	562: { id: 'NER', name: 'Niger' },
	586: { id: 'PAK', name: 'Pakistan' },
	616: { id: 'POL', name: 'Poland' },
	634: { id: 'QAT', name: 'Qatar' },
	642: { id: 'ROU', name: 'Romania' },
	643: { id: 'RUS', name: 'Russia' },
	682: { id: 'SAU', name: 'Saudi Arabia' },
	688: { id: 'SRB', name: 'Serbia' },
	703: { id: 'SVK', name: 'Slovakia' },
	705: { id: 'SVN', name: 'Slovenia' },
	706: { id: 'SOM', name: 'Somalia' },
	728: { id: 'SSD', name: 'South Sudan', ne: 'S. Sudan' },
	729: { id: 'SDN', name: 'Sudan' },
	760: { id: 'SYR', name: 'Syria' },
	762: { id: 'TJK', name: 'Tajikistan' },
	784: { id: 'ARE', name: 'United Arab Emirates' },
	792: { id: 'TUR', name: 'Turkey' },
	795: { id: 'TKM', name: 'Turkmenistan' },
	804: { id: 'UKR', name: 'Ukraine' },
	807: { id: 'MKD', name: 'North Macedonia', ne: 'Macedonia' },
	818: { id: 'EGY', name: 'Egypt' },
	860: { id: 'UZB', name: 'Uzbekistan' },
	887: { id: 'YEM', name: 'Yemen' }
};

/**
 * Natural Earth units that have no ISO 3166-1 code (world-atlas gives them no id), keyed by
 * Natural Earth's NAME. They get Natural Earth's own ADM0_A3 code, which ISO has not assigned;
 * geo/README.md lists them. Merging them into a neighbour would change whose view is drawn.
 * @type {Readonly<Record<string, { id: string, name: string }>>}
 */
export const UNITS_WITHOUT_ISO_CODE = {
	'N. Cyprus': { id: 'CYN', name: 'Northern Cyprus' },
	Kosovo: { id: 'KOS', name: 'Kosovo' },
	Somaliland: { id: 'SOL', name: 'Somaliland' },
	'Siachen Glacier': { id: 'KAS', name: 'Siachen Glacier' }
};
