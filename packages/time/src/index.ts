/**
 * @zeren/time — civil dates, working-day calendars, deadlines and frequency
 * obligations for Chinese accountability measures. Results never depend on
 * the machine's time zone or locale; every interpretation is in READINGS.
 */

export type { Bilingual, Result } from './text.js';
export {
  type CivilDate, type DateParts, type DateParseError,
  parseDate, mustParseDate, formatDate, formatDateZh, dateFromParts, fromDayNumber, toParts,
  CalendarRangeError, dayNumberOfIso, isoOfDayNumber, isIsoDate,
  yearOf, monthOf, dayOf, isLeapYear, daysInMonth, isValidDateParts,
  addDays, addMonths, addYears, diffDays, compareDates, minDate, maxDate,
  weekdayOf, weekdayName, isWeekend, startOfMonth, endOfMonth, monthEnd, quarterOf, halfYearOf,
} from './civil-date.js';
export {
  type DateTime, type DateTimeParseError, CHINA_OFFSET_MINUTES,
  parseDateTime, mustParseDateTime, formatDateTime, addHours, compareDateTimes, withOffset, civilDateOf, startOfDayAt,
} from './date-time.js';
export {
  type WorkingCalendar, type DayKind, type DayInfo, type YearRange, type CalendarDay, type CalendarData, type CalendarOverrides,
  CalendarCoverageError, calendarFromData, withOverrides,
} from './working-calendar.js';
export { chineseDaysCalendar, CHINESE_DAYS_COVERAGE, CHINESE_DAYS_VERSION } from './chinese-days-calendar.js';
export { type OverridesFileError, parseCalendarOverrides } from './calendar-overrides-file.js';
export { addWorkingDays, countWorkingDays, workingDayOnOrAfter } from './working-days.js';
export {
  type Duration, type DurationUnit, type DurationParseError,
  days, workingDays, months, years, hours, halfMonth, durationOf, HALF_MONTH_DAYS,
  parseDurationZh, parseChineseNumber,
} from './duration.js';
export {
  type DurationWords, type DeadlineWords, type RestrictionPeriodWords,
  formatDuration, formatDurationZh, formatDurationEn, workingDayOrdinal, withinWords, beforeWords, deadlineWords, deadlineMethod,
  periodWords, frequencyWords, frequencyMethod, restrictionSpanWords, restrictionPeriodWords,
} from './time-wording.js';
export { type DeadlineResult, type DeadlineKind, type ExplanationStep, type EventTime, DeadlineInputError, isDateTime } from './deadline-result.js';
export { type AfterOptions, deadlineAfter, deadlineBefore } from './event-deadlines.js';
export { type FixedDateOptions, annualDeadline, absoluteDeadline, monthEndDeadline } from './fixed-deadlines.js';
export { type DeadlineSpec, type DeadlineContext, computeDeadline } from './deadline.js';
export { type ChainStep, type ChainedDeadline, chainDeadlines } from './deadline-chain.js';
export { type DeadlineCheck, type DeadlineStatus, type DeadlineObservation, checkDeadline } from './deadline-check.js';
export {
  type Period, type PeriodKind, type CalendarPeriodKind, type PeriodSlice,
  periodContaining, nextPeriod, termPeriod, splitIntoPeriods, sliceOf,
} from './period.js';
export {
  type FrequencyRule, type FrequencyInput, type FrequencyResult, type FrequencyStatus, type PeriodCount, type DatedEvent,
  checkFrequency, formatFrequency,
} from './frequency.js';
export {
  type RecurrenceRule, type RecurrenceInput, type RecurrenceResult, type RecurrenceGap, type GapStatus, checkRecurrence,
} from './recurrence.js';
export { type Reading, type ReadingId, READINGS, readingById } from './readings.js';
