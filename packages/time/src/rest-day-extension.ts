import { type CivilDate, formatDate } from './civil-date.js';
import { type ExplanationStep, step } from './deadline-result.js';
import type { Bilingual } from './text.js';
import type { DayInfo, WorkingCalendar } from './working-calendar.js';
import { workingDayOnOrAfter } from './working-days.js';

function restDayName(info: DayInfo): Bilingual {
  if (info.kind === 'statutory-holiday') {
    return info.holiday
      ? { zh: `法定节假日（${info.holiday.zh}）`, en: `a statutory holiday (${info.holiday.en})` }
      : { zh: '法定节假日', en: 'a statutory holiday' };
  }
  return { zh: '休息日（周末）', en: 'a weekend rest day' };
}

/** 《民法典》第二百零三条: a last day that is a statutory rest day moves to the day after the rest days end. */
export function extendOverRestDays(calendar: WorkingCalendar, last: CivilDate, steps: ExplanationStep[]): CivilDate {
  const info = calendar.describeDay(last);
  if (info.working) {
    steps.push(step(
      `期间最后一日 ${formatDate(last)} 为工作日，无需顺延`,
      `the last day ${formatDate(last)} is a working day; no extension`,
      'last-day-rest-day-extended',
    ));
    return last;
  }
  const extended = workingDayOnOrAfter(calendar, last);
  const name = restDayName(info);
  // A weekend may run into a holiday (2015-09-26 Sat, 09-27 中秋): name what follows too.
  const later: Bilingual[] = [];
  for (let d = last + 1; d < extended; d++) {
    const next = calendar.describeDay(d as CivilDate);
    const n = restDayName(next);
    if (next.kind !== info.kind && !later.some((l) => l.zh === n.zh)) later.push(n);
  }
  const thenZh = later.length ? `，其后为${later.map((l) => l.zh).join('、')}` : '';
  const thenEn = later.length ? `, followed by ${later.map((l) => l.en).join(', ')}` : '';
  steps.push(step(
    `期间最后一日 ${formatDate(last)} 为${name.zh}${thenZh}，顺延至 ${formatDate(extended)}（民法典第二百零三条）`,
    `the last day ${formatDate(last)} is ${name.en}${thenEn}; extended to ${formatDate(extended)} (Civil Code art. 203)`,
    'last-day-rest-day-extended',
  ));
  return extended;
}
