// Indonesian-first display formatting. Every formatter takes the locale last (default 'id'),
// shows a missing value as MISSING ('–'), writes negatives with U+2212 and never emits NBSP.
export { MINUS, MISSING } from './intl';
export {
	formatCount,
	formatInteger,
	formatNumber,
	formatPercent,
	formatPoints,
	formatSignedPercent,
	type DigitsOptions
} from './number';
export { formatBytes } from './bytes';
export { formatRupiah } from './money';
export {
	formatDate,
	formatMonth,
	formatMonthShort,
	monthName,
	monthNameShort,
	toCalendarDate,
	type CalendarDate,
	type DateInput
} from './date';
