import type { Citation } from './citation.js';
import type { SourceLoc } from './location.js';
import type { Rational } from './rational.js';
import type { AccountabilityExpectedIR, AccountabilityIR } from './ir-accountability.js';

/**
 * The typed semantic model. The Langium AST is lowered to this once; the checker, the
 * evaluator, the diff, the conformance check and the editor's hovers all read it.
 */

export type Level = 'central' | 'province' | 'city' | 'county';

export interface Annotated {
    citation?: Citation;
    /** Source sentences quoted beside the rule (原文). */
    sourceText: string[];
    /** Interpretation notes (注): the reading chosen where the text is ambiguous. */
    notes: string[];
    loc: SourceLoc;
}

export interface DocRefIR {
    /** Name of a declared document, when the reference resolved to one. */
    document?: string;
    /** Number or title as written, for documents the corpus only mentions. */
    text?: string;
    loc: SourceLoc;
}

export interface DocumentIR {
    kind: 'document';
    name: string;
    title?: string;
    issuer?: string;
    number?: string;
    issued?: string;
    effective?: string;
    expires?: string;
    level?: Level;
    jurisdiction?: string;
    basis: DocRefIR[];
    supersedes: DocRefIR[];
    refines: DocRefIR[];
    interpreter?: string;
    source?: string;
    referenceOnly: boolean;
    /** 工作日历: local extra days off and working days on top of the national arrangement. */
    calendar?: { holidays: string[]; workdays: string[] };
    loc: SourceLoc;
    uri: string;
    subjects: SubjectIR[];
    types: TypeDeclIR[];
    rules: RuleIR[];
}

// ------------------------------------------------------------------ types

export type TypeIR =
    | { kind: 'int' }
    | { kind: 'dec'; places: number }
    | { kind: 'ratio' }
    | { kind: 'bool' }
    | { kind: 'date' }
    /** An instant with a UTC offset (default +08:00), for hour periods. */
    | { kind: 'datetime' }
    /** An event log: dates (or date-times) on which something happened. */
    | { kind: 'log' }
    | { kind: 'text' }
    | { kind: 'enum'; decl: TypeDeclIR; optional: boolean }
    | { kind: 'list'; subject: SubjectIR }
    /** The value of a grade rule: one of its band labels. */
    | { kind: 'grade'; grade: GradeIR }
    | { kind: 'error' };

export interface TypeDeclIR extends Annotated {
    kind: 'enum' | 'scale';
    name: string;
    /** For a scale, lightest first. */
    values: string[];
}

/** Default number of decimal places of a 小数 fact without an explicit precision. */
export const DEFAULT_DECIMAL_PLACES = 4;

export interface SubjectIR extends Annotated {
    name: string;
    document: string;
    facts: FactIR[];
    derived: DerivedIR[];
}

export interface FactIR extends Annotated {
    kind: 'fact';
    name: string;
    subject: string;
    type: TypeIR;
    min?: Rational;
    max?: Rational;
    /** 可无: the fact may be absent (无), e.g. a date that has not happened yet. */
    optional: boolean;
    default?: FactValue;
    /** Position of the fact's value in an evaluation frame of its subject. */
    slot: number;
}

export interface DerivedIR extends Annotated {
    kind: 'derived';
    name: string;
    subject: string;
    expr: ExprIR;
    type: TypeIR;
}

// ------------------------------------------------------------------ fact values (input)

/** A typed fact value, from a scenario file or a JSON/YAML fact file. */
export type FactValue =
    | { kind: 'number'; value: Rational }
    | { kind: 'ratio'; num: bigint; den: bigint }
    | { kind: 'bool'; value: boolean }
    | { kind: 'date'; value: string }
    | { kind: 'datetime'; value: string }
    | { kind: 'log'; items: string[] }
    | { kind: 'text'; value: string }
    | { kind: 'enum'; index: number; label: string }
    | { kind: 'absent' }
    | { kind: 'list'; items: FactRecord[] };

export interface FactRecord {
    label: string;
    values: Map<string, FactValue>;
}

// ------------------------------------------------------------------ expressions

export type CompareOp = '>=' | '<=' | '>' | '<' | '=' | '!=';
export type ArithOp = '+' | '-' | '*' | '/';

export type ExprIR = (
    | { k: 'num'; value: Rational; /** As written (30%), for explanations. */ text?: string }
    | { k: 'bool'; value: boolean }
    | { k: 'date'; value: string }
    | { k: 'fact'; fact: FactIR }
    | { k: 'derived'; derived: DerivedIR }
    | { k: 'enumValue'; decl: TypeDeclIR; index: number }
    | { k: 'band'; grade: GradeIR; index: number }
    | { k: 'rule'; rule: RuleIR }
    | { k: 'compare'; op: CompareOp; left: ExprIR; right: ExprIR }
    | { k: 'arith'; op: ArithOp; left: ExprIR; right: ExprIR }
    | { k: 'logic'; op: 'and' | 'or'; left: ExprIR; right: ExprIR }
    | { k: 'not'; operand: ExprIR }
    | { k: 'agg'; fn: 'count' | 'any' | 'all' | 'sum'; collection: ExprIR; element: SubjectIR; body?: ExprIR }
    | { k: 'call'; fn: 'min' | 'max'; args: ExprIR[] }
    | { k: 'error' }
) & { type: TypeIR; loc: SourceLoc };

// ------------------------------------------------------------------ rules

interface RuleBase extends Annotated {
    /** Stable identity: document/name. */
    id: string;
    name: string;
    document: string;
    subject: SubjectIR;
    /** 细化: the rule of another document (usually a higher level) this rule implements. */
    refines?: { document: string; rule: string; loc: SourceLoc };
}

export interface ComponentIR extends Annotated {
    name: string;
    /** Weight within the parent, e.g. 2/5 for 40%. */
    weight: Rational;
    /** Weight within the total: the product of the weights on the path. */
    effectiveWeight: Rational;
    value?: ExprIR;
    children: ComponentIR[];
    weightLoc: SourceLoc;
}

export interface BonusItemIR extends Annotated {
    name: string;
    points: Rational;
    cap: Rational;
    count: ExprIR;
}

export interface BonusGroupIR extends Annotated {
    name: string;
    cap?: Rational;
    items: BonusItemIR[];
}

export interface ScoreIR extends RuleBase {
    kind: 'score';
    components: ComponentIR[];
    bonuses: BonusGroupIR[];
    /** Highest possible total without bonus (100 when the weights sum to 100%). */
    maxBase: Rational;
}

export interface BandIR {
    name: string;
    /** '>=' inclusive (以上、含), '>' exclusive (超过); undefined for the catch-all last band. */
    op?: '>=' | '>';
    bound?: Rational;
    loc: SourceLoc;
}

export interface GradeIR extends RuleBase {
    kind: 'grade';
    score: ExprIR;
    bands: BandIR[];
}

export interface VetoClauseIR extends Annotated {
    id: string;
    label: string;
    citation: Citation;
    /** When set, the condition is evaluated once per element of this list. */
    over?: ExprIR;
    element?: SubjectIR;
    condition: ExprIR;
    /** 细化 （二）: the label of the refined rule's clause this one implements. */
    refines?: string;
}

export interface VetoExceptionIR extends Annotated {
    id: string;
    name: string;
    targets: string[];
    condition: ExprIR;
    /** The element subject when the exception is evaluated per member of its clauses' list. */
    element?: SubjectIR;
}

export interface VetoIR extends RuleBase {
    kind: 'veto';
    clauses: VetoClauseIR[];
    exceptions: VetoExceptionIR[];
}

export type ExclusionEffect = 'not-assessed' | 'not-graded';

export interface ExclusionIR extends RuleBase {
    kind: 'exclusion';
    effect: ExclusionEffect;
    condition: ExprIR;
}

export type DurationUnit = 'year' | 'month' | 'day' | 'workday' | 'hour';

export interface DurationIR {
    amount: Rational;
    unit: DurationUnit;
}

export interface ActionIR {
    measure: string;
    actor?: string;
    duration?: DurationIR;
    loc: SourceLoc;
}

/** 要求 (must hold) or 禁止 (must not hold); complied is true when the rule is respected. */
export interface RequirementIR extends RuleBase {
    kind: 'requirement';
    prohibition: boolean;
    condition: ExprIR;
}

export interface ConsequenceIR extends RuleBase {
    kind: 'consequence';
    condition: ExprIR;
    actions: ActionIR[];
}

export type RuleIR = ScoreIR | GradeIR | VetoIR | ExclusionIR | ConsequenceIR | DeadlineIR | FrequencyIR | RequirementIR | AccountabilityIR;

// ------------------------------------------------------------------ time

export type TimeUnit = 'day' | 'workday' | 'month' | 'year' | 'hour' | 'half-month';

export interface TimeDurationIR {
    amount: number;
    unit: TimeUnit;
}

export type DeadlineSpecIR =
    /** 自 X 起 N 日内: X is a date, a date-time, or another deadline (chained: its completion, else its due date). */
    | { kind: 'after'; start: ExprIR; duration: TimeDurationIR }
    /** 于 X N 日前 */
    | { kind: 'before'; event: ExprIR; duration: TimeDurationIR }
    /** 每年 M 月 D 日前 / 每年 M 月底前 */
    | { kind: 'annual'; month: number; day: number | 'end' }
    /** 截止 YYYY-MM-DD */
    | { kind: 'absolute'; date: string }
    /** 截止 YYYY 年 M 月底 */
    | { kind: 'month-end'; year: number; month: number }
    /** A form lowering rejected (reported there): nothing is computed from it. */
    | { kind: 'invalid' };

export interface DeadlineIR extends RuleBase {
    kind: 'deadline';
    /** 当 条件: the obligation applies only while this holds; otherwise its status is 不适用. */
    condition?: ExprIR;
    spec: DeadlineSpecIR;
    /** When the obligation was fulfilled (a date or date-time fact, may be absent). */
    done?: ExprIR;
}

export type PeriodKindIR = 'year' | 'half-year' | 'quarter' | 'month' | 'term';

export interface FrequencyIR extends RuleBase {
    kind: 'frequency';
    /** 当 条件: the obligation applies only while this holds; otherwise its status is 不适用. */
    condition?: ExprIR;
    log: ExprIR;
    per: PeriodKindIR;
    min?: number;
    max?: number;
    /** 次 / 轮 / 遍 */
    unit: string;
    termStart?: ExprIR;
    termEnd?: ExprIR;
}

// ------------------------------------------------------------------ scenarios

export type ExpectedIR =
    /** A deadline's status; of a frequency only 'not-applicable' (不适用) is expected this way. */
    | { kind: 'deadline'; value: 'on-time' | 'late' | 'open' | 'overdue' | 'not-started' | 'not-applicable' }
    | { kind: 'number'; value: Rational }
    | { kind: 'bool'; value: boolean }
    | { kind: 'label'; value: string }
    | { kind: 'status'; value: ExclusionEffect }
    | AccountabilityExpectedIR;

export interface ExpectationIR {
    rule: RuleIR;
    value?: ExpectedIR;
    clauses: string[];
    exceptions: string[];
    loc: SourceLoc;
}

export interface ScenarioIR {
    name: string;
    suite: string;
    document: string;
    subject: SubjectIR;
    year?: number;
    /** Evaluate as of this date (open deadlines, partial periods). */
    asOf?: string;
    facts: Map<string, FactValue>;
    factLocs: Map<string, SourceLoc>;
    /** Facts written in the scenario, including values rejected as invalid (not reported again as missing). */
    written: Set<string>;
    expectations: ExpectationIR[];
    loc: SourceLoc;
}

export interface ScenarioSuiteIR {
    name: string;
    document: string;
    scenarios: ScenarioIR[];
    loc: SourceLoc;
    uri: string;
}

/** Everything lowered from one file. */
export interface FileIR {
    uri: string;
    documents: DocumentIR[];
    suites: ScenarioSuiteIR[];
}
