/**
 * Every interpretation this library makes where the texts leave room for
 * more than one reading. Each computation lists the ids it relied on, so an
 * explanation can show the reading and its source next to the result.
 */

export interface Reading {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** The legal provision or text the reading rests on. */
  readonly source: string;
}

export const READINGS = [
  {
    id: 'start-day-not-counted',
    zh: '按日、月、年计算期间的，开始的当日不计入，自下一日开始计算；工作日期间同样从事件次日起数。',
    en: 'For periods in days, months or years the starting day is not counted; counting begins the next day. Working-day periods likewise count from the day after the event.',
    source: '《民法典》第二百零一条第一款',
  },
  {
    id: 'hour-period-from-event-time',
    zh: '按小时计算的期间自事件发生的时刻起算，到期时刻为起算时刻加上相应小时数，不因休息日顺延。',
    en: 'An hour period runs from the moment of the event and ends that many hours later; it is not extended over rest days.',
    source: '《民法典》第二百零一条第二款',
  },
  {
    id: 'month-year-corresponding-day',
    zh: '按月、年计算的期间，到期月的对应日为最后一日；没有对应日的，以该月末日为最后一日（如 2015-12-31 加 2 个月为 2016-02-29）。',
    en: 'A month or year period ends on the corresponding day of the final month, or on that month\'s last day when it has none (2015-12-31 + 2 months = 2016-02-29).',
    source: '《民法典》第二百零二条',
  },
  {
    id: 'last-day-rest-day-extended',
    zh: '“法定休假日”包括法定节假日和周六、周日休息日（调休上班日除外）；按日、半月、月、年计算的期间最后一日是法定休假日的，顺延至休假日结束的次日，即其后第一个工作日。',
    en: '"Statutory rest days" are public holidays and weekend rest days (but not make-up working days); when the last day of a period in days, half-months, months or years is one, the period ends on the day after the rest days end, i.e. the next working day.',
    source: '《民法典》第二百零三条第一款；《国务院关于职工工作时间的规定》第七条；《全国年节及纪念日放假办法》',
  },
  {
    id: 'working-days-per-state-council',
    zh: '工作日不含周六、周日和法定节假日，含国务院办公厅每年公布的调休上班日；以工作日计算的期间止于工作日，无需顺延。',
    en: 'Working days exclude weekends and public holidays and include the make-up working days announced each year by the State Council General Office; a working-day period always ends on a working day, so it needs no extension.',
    source: '国务院办公厅关于部分节假日安排的通知（逐年）',
  },
  {
    id: 'half-month-is-15-days',
    zh: '“半个月”按 15 个日历日计算（一个月按三十日计时的一半），并同日期间一样适用顺延规则。',
    en: '"Half a month" (半个月) is 15 calendar days (half of a 30-day month) and is extended over rest days like any day period.',
    source: '无法定定义；参照原《最高人民法院关于贯彻执行〈民法通则〉若干问题的意见（试行）》第198条“一个月为三十日”',
  },
  {
    id: 'period-ends-at-midnight',
    zh: '期间最后一日的截止时间为二十四时，因此在到期日当天完成即为按期；不考虑“业务时间”截止。',
    en: 'The last day of a period ends at 24:00, so acting on the due date is on time; business-hours cut-offs are not modelled.',
    source: '《民法典》第二百零三条第二款',
  },
  {
    id: 'days-before-event',
    zh: '“事件N日前”指不晚于事件日前第N日（事件日减N日当天仍按期）；该日期不因休息日调整。',
    en: '"N days before an event" means on or before the event date minus N days (that day itself is on time); the date is not moved over rest days.',
    source: '按期间起算规则（《民法典》第二百零一条）反向计算',
  },
  {
    id: 'qian-inclusive',
    zh: '“X日前”“X日以前”默认包含X日当天（与“以内”同理），规则可显式改为不含。',
    en: '"Before day X" (X日前 / 以前) includes day X by default (like 以内); a rule may state the exclusive reading explicitly.',
    source: '《民法典》第一千二百五十九条（类推）',
  },
  {
    id: 'fixed-date-not-extended',
    zh: '固定日期（每年1月31日前、2014年6月30日前等）是期日而非期间，默认不因节假日顺延；规则可显式选择顺延。',
    en: 'Fixed dates (每年1月31日前, 2014年6月30日前, ...) are set days, not periods, so by default they are not extended over holidays; a rule may opt in.',
    source: '《民法典》第二百零三条仅适用于期间',
  },
  {
    id: 'month-end',
    zh: '“X月底前”指X月最后一日（含当日）。',
    en: '"By the end of month X" (X月底前) is the last day of month X, inclusive.',
    source: '通常文义',
  },
  {
    id: 'chain-from-actual-or-due',
    zh: '连续期限中，后一步自前一步实际完成之日起算；前一步尚未完成或无记录的，自其到期日起算。',
    en: 'In a chain of deadlines each step runs from the actual date of the previous step, or from its due date when there is no actual date.',
    source: '通常文义（“收到……之日起”）',
  },
  {
    id: 'beijing-time',
    zh: '未注明时区的时间按北京时间（UTC+08:00）理解；以日计算时，事件日期为其在北京时间的日期。',
    en: 'Times without an offset are Beijing time (UTC+08:00); for day periods the event date is its date in Beijing time.',
    source: '《国务院关于在全国范围内实行北京时间的通知》惯例',
  },
  {
    id: 'calendar-coverage-explicit',
    zh: '工作日历未覆盖的年份一律报错，不按周一至周五推测；最后覆盖年度的12月可能被下一年度的放假安排调整（如 2018-12-29 调休上班），以已公布数据为准。',
    en: 'A year the working-day calendar does not cover is an error, never a Monday–Friday guess; late December of the last covered year may still be changed by the next year\'s arrangement (as 2018-12-29 was), and is taken as published.',
    source: '国务院办公厅放假安排逐年公布',
  },
  {
    id: 'late-working-days',
    zh: '逾期工作日数为到期日之后至实际完成日（含）之间的工作日数。',
    en: 'Working days late are the working days after the due date up to and including the actual date.',
    source: '与期间计算同一规则（《民法典》第二百零一条）',
  },
  {
    id: 'calendar-periods',
    zh: '“每年”“每半年”“每季度”“每月”按自然年、自然半年（1–6月、7–12月）、自然季度、自然月计算。',
    en: '"Each year / half-year / quarter / month" are calendar periods: the calendar year, January–June and July–December, calendar quarters, calendar months.',
    source: '通常文义（与年度考核、季度报告周期一致）',
  },
  {
    id: 'plain-count-is-minimum',
    zh: '“每半年1次”等未写“至少”“至多”的次数按“至少N次”理解；多做不违规。',
    en: 'A count without 至少/至多 ("每半年1次") is read as "at least N"; doing more is not a breach.',
    source: '通常文义（义务性规定设定最低要求）',
  },
  {
    id: 'count-bounds-inclusive',
    zh: '“至少N次”“N次以上”“N至M次”“每年2–3轮”的界限均包含本数。',
    en: 'Bounds in "at least N", "N or more", "N to M", "2–3 rounds a year" include the number itself.',
    source: '《民法典》第一千二百五十九条',
  },
  {
    id: 'partial-period-judged-only-when-decided',
    zh: '只有部分落在评价区间内的周期（任期开始或截至日所在周期），仅在已知部分已能定论时评价：已达到“至少”次数为达标，已超过“至多”次数为不达标；否则为“无法判定”，不按比例折算。',
    en: 'A period only partly inside the evaluation window (where a term starts, or the as-of date falls) is judged only when the observed part already decides it: the minimum already reached is met, the maximum already exceeded is unmet; otherwise it is undetermined. No pro-rata quotas.',
    source: '条文未规定折算；按比例折算会产生条文没有的分数次数要求',
  },
  {
    id: 'events-in-window-only',
    zh: '只计入评价区间内（且不晚于截至日）的事件；区间外的事件列为未计入。',
    en: 'Only events inside the evaluation window (and not after the as-of date) are counted; others are listed as ignored.',
    source: '评价对象的责任期间',
  },
  {
    id: 'term-is-given-interval',
    zh: '“一届任期内”指给定的任期起止日期之间（含两端）；任期未满时按部分周期规则评价。',
    en: '"Within one term" (一届任期内) is the given term start to end, both inclusive; an unfinished term is judged by the partial-period rule.',
    source: '通常文义',
  },
  {
    id: 'every-3-to-5-years',
    zh: '“每3至5年……全面检查一遍”：相邻两次检查（及起算日至首次检查）的间隔不得超过5年（按年对应日计算）；3年为周期下限，少于3年再次检查不视为违规，仅作提示。',
    en: '"Every 3 to 5 years a full check" (每3至5年全面检查一遍): no more than 5 years (to the corresponding day) may pass from the start, or from one check, to the next check; 3 years is the lower end of the planned cycle, so a shorter gap is noted, not a breach.',
    source: '中央组织部《关于加强干部选拔任用工作监督的意见》（2014-01-26）五：“每3至5年分级分类对所有有用人权的单位全面检查一遍”',
  },
] as const satisfies readonly Reading[];

export type ReadingId = (typeof READINGS)[number]['id'];

export function readingById(id: ReadingId): Reading {
  return READINGS.find((r) => r.id === id)!;
}
