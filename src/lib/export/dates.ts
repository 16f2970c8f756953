/**
 * The date fields every export writes next to a date as the content has it, so a spreadsheet can
 * sort and filter without parsing "2025-06-13..2025-06-24" and still see how precise it is.
 */
import type { DatePrecision, DateString } from '../content/types.js';
import { firstDay, formatDate, isoInterval, lastDay, mustParseDate } from '../utils/dates.js';

export interface DateFields {
	/** As written in the content: "2025-04", "2025-06-13..2025-06-24", "2015-02..present". */
	date: DateString;
	/** English, honest to the precision: "April 2025", "13–24 June 2025". */
	dateText: string;
	/** ISO 8601, an interval for a range ("2025-06-13/2025-06-24"; an open end is ".."). */
	dateIso: string;
	/** First calendar day the date covers, YYYY-MM-DD ("2025-04" -> "2025-04-01"). */
	dateStart: string;
	/** Last calendar day it covers, YYYY-MM-DD; null when the range runs to the present. */
	dateEnd: string | null;
	/** How precisely the start is known. */
	datePrecision: DatePrecision;
	/** How precisely the end is known ("present" for an open range; the start's for one date). */
	dateEndPrecision: DatePrecision | 'present';
}

/** The date fields of a validated DateString (throws on an invalid one, which validation rules out). */
export function dateFields(date: DateString): DateFields {
	const parsed = mustParseDate(date);
	const end = parsed.end;
	return {
		date: parsed.source,
		dateText: formatDate(parsed),
		dateIso: isoInterval(parsed),
		dateStart: firstDay(parsed),
		dateEnd: lastDay(parsed),
		datePrecision: parsed.precision,
		dateEndPrecision:
			end === undefined ? parsed.precision : end === 'present' ? 'present' : end.precision
	};
}
