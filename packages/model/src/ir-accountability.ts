import type { Citation } from './citation.js';
import type { Annotated, ExprIR, SubjectIR, TypeDeclIR, VetoClauseIR } from './ir.js';
import type { SourceLoc } from './location.js';

/**
 * Accountability (责任追究) in the semantic model: which situations (情形) apply, which measures
 * (追究方式) each severity permits for each kind of subject, how mitigating and aggravating
 * circumstances move that set, who bears which responsibility (认定), and the dated after-effects
 * (影响). All four share one RuleIR kind, 'accountability', told apart by `form`, so code that
 * only walks rules needs one case for all of them.
 */

interface AccountabilityBase extends Annotated {
    kind: 'accountability';
    id: string;
    name: string;
    document: string;
    subject: SubjectIR;
    /** 细化: the rule of another document this rule implements (as on every rule). */
    refines?: { document: string; rule: string; loc: SourceLoc };
}

/** `身份 为 党委班子、纪委班子`: the kinds of subject a group or table applies to. */
export interface KindFilterIR {
    /** The fact (or derived value) holding the subject's kind: an enumeration or scale. */
    kind: ExprIR;
    decl?: TypeDeclIR;
    /** Indexes into decl.values, in the order written. */
    values: number[];
    names: string[];
    loc: SourceLoc;
}

/** 情形: cited situations; the group applies when a situation holds and the subject is of a kind named. */
export interface SituationsIR extends AccountabilityBase {
    form: 'situations';
    applies?: KindFilterIR;
    situations: VetoClauseIR[];
}

/** One permitted choice at a severity level: a single measure or measures given together (并). */
export interface SanctionOptionIR {
    /** Indexes into the ladder, lightest first. */
    measures: number[];
    names: string[];
}

export interface SanctionLevelIR extends Annotated {
    /** Index of the severity level in the severity scale. */
    level: number;
    levelName: string;
    /** Lightest first (compared by their heaviest measure, then the next). */
    options: SanctionOptionIR[];
}

/** `对 身份 为 … 措施 阶梯 { 情节较轻：… }`: the measures per severity for some kinds of subject. */
export interface SanctionTableIR extends Annotated {
    kinds: KindFilterIR;
    /** The ordered scale (序列) the measures are taken from: the subject's ladder. */
    ladder?: TypeDeclIR;
    levels: SanctionLevelIR[];
}

/**
 * 从轻: the lightest option of the level; 减轻: the options of the level below;
 * 从重: the heaviest option of the level; 加重: the options of the level above.
 * (Reading documented in docs/language.md and as a 注 in the examples.)
 */
export type AdjustMove = 'lighter' | 'level-down' | 'heavier' | 'level-up';

export interface AdjustmentIR extends Annotated {
    direction: 'mitigate' | 'aggravate';
    /** The keyword as written (从轻或减轻) and the moves it permits. */
    keyword: string;
    moves: AdjustMove[];
    circumstances: VetoClauseIR[];
}

/** 追究方式: severity × kind of subject → permitted measures, moved by circumstances. */
export interface SanctionsIR extends AccountabilityBase {
    form: 'sanctions';
    /** The situation groups (情形 rules) this applies to: accountability is due when one applies. */
    grounds: SituationsIR[];
    groundExprs: ExprIR[];
    severity: ExprIR;
    severityScale?: TypeDeclIR;
    /** Further condition for accountability to be due (e.g. the subject bears responsibility). */
    condition?: ExprIR;
    tables: SanctionTableIR[];
    combinable: boolean;
    combinableCitation?: Citation;
    adjustments: AdjustmentIR[];
}

export interface DeterminationRowIR extends Annotated {
    /** The conclusion, e.g. 主要领导责任; several rows may reach the same conclusion. */
    label: string;
    /** Index of the label in `labels` (and in the synthesized result type). */
    index: number;
    /** Absent for the final catch-all row. */
    condition?: ExprIR;
}

/** 认定: a decision list; the first row whose condition holds gives the result. */
export interface DeterminationIR extends AccountabilityBase {
    form: 'determination';
    rows: DeterminationRowIR[];
    /** Distinct conclusions in order of first appearance. */
    labels: string[];
    /** The result as an enumeration, so conditions can compare it (领导责任 ≠ 不承担领导责任). */
    resultType: TypeDeclIR;
}

export type RestrictionPeriodIR =
    | { kind: 'years'; amount: number }
    | { kind: 'months'; amount: number }
    /** 当年: to the end of the calendar year of the start date. */
    | { kind: 'this-year' }
    /** 次月起: from the first day of the month after the start date, with no end. */
    | { kind: 'from-next-month' };

export interface RestrictionIR extends Annotated {
    id: string;
    name: string;
    condition: ExprIR;
    period?: RestrictionPeriodIR;
    measure: string;
    /** `行为 日期`: the dated act judged; the item then holds when the act falls within the restriction. */
    act?: ExprIR;
}

/** 影响: after-effects (bans) dated from a start date. */
export interface RestrictionsIR extends AccountabilityBase {
    form: 'restrictions';
    start?: ExprIR;
    items: RestrictionIR[];
}

/**
 * 追溯: a look-back window (一案双查 第六条: “主要案情发生前一年度至立案调查期间”). It runs from
 * 1 January of (the anchor's year − years), or − extended.years when extended.when holds, through
 * the end date inclusive. Due when `condition` holds (always when absent).
 */
export interface LookbackIR extends AccountabilityBase {
    form: 'lookback';
    condition?: ExprIR;
    anchor: ExprIR;
    years: number;
    extended?: { years: number; when: ExprIR; loc: SourceLoc };
    end: ExprIR;
}

export type AccountabilityIR = SituationsIR | SanctionsIR | DeterminationIR | RestrictionsIR | LookbackIR;

/** What a scenario may expect of an accountability rule or of one restriction in it. */
export type AccountabilityExpectedIR =
    /** 情形/影响 applies (是/否); 认定 gives a label; 追究方式 permits exactly these measures. */
    | { kind: 'acc-bool'; value: boolean }
    | { kind: 'acc-label'; value: string }
    | { kind: 'acc-set'; values: string[] }
    /** A restriction: applies until this date (inclusive), or does not apply (否). */
    | { kind: 'acc-until'; item: string; value: string | null }
    /** `= 2016-03-01 起`: the restriction applies from that day with no end. */
    | { kind: 'acc-since'; item: string; value: string }
    /** A look-back window: exactly these first and last days (inclusive). */
    | { kind: 'acc-interval'; from: string; until: string };
