import type { LangTag } from '$lib/content/types';

/** Primary language subtags written right to left among those the content uses (and kin). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'ug', 'yi', 'ckb', 'sd']);

/** Text direction for a BCP 47 tag, from its primary subtag (fa-AF -> rtl, tg -> ltr). */
export function textDirection(lang: LangTag): 'rtl' | 'ltr' {
	const primary = lang.split('-')[0]?.toLowerCase() ?? '';
	return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/** The platform's own (CLDR) English names, so any story's languages are named, not a table's. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** English name of a language tag, for screen readers and tooltips ("Dari" for fa-AF). */
export function languageName(lang: LangTag): string {
	try {
		return LANGUAGE_NAMES.of(lang) ?? lang;
	} catch {
		// A tag Intl cannot parse: the tag itself says more than nothing.
		return lang;
	}
}
