import type { LangTag } from '$lib/content/types';

/** Primary language subtags written right to left among those the content uses (and kin). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'ug', 'yi', 'ckb', 'sd']);

/** Text direction for a BCP 47 tag, from its primary subtag (fa-AF -> rtl, tg -> ltr). */
export function textDirection(lang: LangTag): 'rtl' | 'ltr' {
	const primary = lang.split('-')[0]?.toLowerCase() ?? '';
	return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

const LANGUAGE_NAMES: Record<string, string> = {
	fa: 'Persian',
	'fa-AF': 'Dari',
	prs: 'Dari',
	ps: 'Pashto',
	tg: 'Tajik',
	az: 'Azerbaijani',
	hy: 'Armenian',
	ar: 'Arabic',
	ru: 'Russian',
	tk: 'Turkmen',
	uz: 'Uzbek',
	tr: 'Turkish',
	he: 'Hebrew',
	ur: 'Urdu',
	it: 'Italian',
	ka: 'Georgian',
	kk: 'Kazakh',
	ky: 'Kyrgyz',
	zh: 'Chinese'
};

/** English name of a language tag, for screen readers and tooltips ("Dari" for fa-AF). */
export function languageName(lang: LangTag): string {
	return LANGUAGE_NAMES[lang] ?? LANGUAGE_NAMES[lang.split('-')[0] ?? ''] ?? lang;
}
