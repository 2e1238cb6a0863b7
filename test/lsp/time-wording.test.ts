import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { HoverRequest } from 'vscode-languageserver-protocol';
import type { DeadlineIR, FrequencyIR } from '@zeren/model';
import {
    type ExplanationStep, checkFrequency, chineseDaysCalendar, computeDeadline, deadlineMethod, durationOf, formatDurationZh, frequencyMethod,
    frequencyWords, mustParseDate, mustParseDateTime, workingDayOrdinal,
} from '@zeren/time';
import { loadWorkspace } from '../../packages/cli/src/workspace-loader.js';
import { LspHarness, ROOT, positionOf } from './lsp-harness.js';

// Every 期限 and 频次 in examples/: the hover on the rule (over the protocol) against the evaluator's
// own computation of the same rule (@zeren/time, as compile-time.ts calls it) — the same steps, the
// same duration words, no step that does not apply to that rule.

function ruleFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const p = join(dir, name);
        return statSync(p).isDirectory() ? ruleFiles(p) : name.endsWith('.zeren') && !name.startsWith('scenario') ? [p] : [];
    });
}

const calendar = chineseDaysCalendar();
// Events whose periods end on working days, weekends, holidays, month ends (2015-12-31 + 2 个月 has no corresponding day).
const EVENT_DAYS = ['2015-01-05', '2015-09-18', '2015-12-31', '2016-01-29', '2016-09-23', '2014-04-25'];
const EVENT_TIMES = ['2015-09-30T18:30', '2016-02-05T09:00'];

/** The steps the evaluator takes for a deadline over a spread of events. */
function evaluatorSteps(rule: DeadlineIR): readonly ExplanationStep[] {
    const s = rule.spec;
    switch (s.kind) {
        case 'after':
        case 'before': {
            const events = s.duration.unit === 'hour' ? EVENT_TIMES.map(mustParseDateTime) : EVENT_DAYS.map(mustParseDate);
            return events.flatMap(event => computeDeadline({ kind: s.kind, duration: durationOf(s.duration) }, { event, calendar }).steps);
        }
        case 'annual': return [2015, 2016].flatMap(year => computeDeadline({ kind: 'annual', month: s.month, day: s.day }, { year, calendar }).steps);
        case 'absolute': return computeDeadline({ kind: 'absolute', date: mustParseDate(s.date) }, { calendar }).steps;
        case 'month-end': return computeDeadline({ kind: 'month-end', year: s.year, month: s.month }, { calendar }).steps;
        case 'invalid': return [];
    }
}

const readings = (steps: readonly ExplanationStep[]) => new Set(steps.map(s => s.reading).filter(r => r && r !== 'beijing-time'));

/** The general step of every reading any deadline can take: a hover must show none that does not apply. */
const ALL_METHOD_STEPS: ExplanationStep[] = (['day', 'workday', 'half-month', 'month', 'year', 'hour'] as const).flatMap(unit => [
    ...deadlineMethod({ kind: 'after', duration: { unit, amount: 2 } }), ...deadlineMethod({ kind: 'before', duration: { unit, amount: 2 } }),
]).concat(deadlineMethod({ kind: 'annual', month: 6, day: 'end' }));

interface Case { file: string; rule: DeadlineIR | FrequencyIR }

let h: LspHarness;
const cases: Case[] = [];
const hovers = new Map<Case, string>();

beforeAll(async () => {
    const files = ruleFiles(join(ROOT, 'examples'));
    const ws = await loadWorkspace(files, { validate: false });
    for (const doc of ws.documents) {
        const file = relative(ROOT, doc.uri.fsPath);
        for (const rule of ws.ir(doc).documents.flatMap(d => d.rules)) {
            if (rule.kind === 'deadline' || rule.kind === 'frequency') cases.push({ file, rule });
        }
    }
    h = new LspHarness();
    await h.initialize('zh');
    const uris = new Map<string, string>();
    for (const file of new Set(cases.map(c => c.file))) uris.set(file, await h.open(file));
    for (const uri of uris.values()) await h.diagnosticsFor(uri);
    for (const c of cases) {
        const head = `${c.rule.kind === 'deadline' ? '期限' : '频次'} ${c.rule.name} `;
        const hv = (await h.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uris.get(c.file)! }, position: positionOf(h.text(c.file), head, 0, 4),
        })) as Hover | null;
        hovers.set(c, hv && typeof hv.contents === 'object' && 'value' in hv.contents ? hv.contents.value : '');
    }
}, 120000);

afterAll(async () => h?.dispose());

describe('hover wording of every 期限 and 频次 in examples/ agrees with the evaluator', () => {
    it('finds the rules', () => {
        expect(cases.filter(c => c.rule.kind === 'deadline').length).toBeGreaterThan(30);
        expect(cases.filter(c => c.rule.kind === 'frequency').length).toBeGreaterThan(10);
    });

    it('期限: the steps the evaluator takes, and only those; the same duration words', () => {
        for (const c of cases) {
            if (c.rule.kind !== 'deadline' || c.rule.spec.kind === 'invalid') continue;
            const hover = hovers.get(c)!;
            const where = `${c.file} ${c.rule.name}\n${hover}`;
            const method = deadlineMethod(c.rule.spec);
            const evaluated = evaluatorSteps(c.rule);
            expect([...readings(method)].sort(), where).toEqual([...readings(evaluated)].sort());
            for (const s of method) expect(hover, where).toContain(s.zh);
            for (const s of ALL_METHOD_STEPS) if (!readings(method).has(s.reading)) expect(hover, where).not.toContain(s.zh);
            if (c.rule.spec.kind === 'after' || c.rule.spec.kind === 'before') {
                const d = c.rule.spec.duration;
                expect(hover, where).toContain(formatDurationZh(d));
                // A working-day period's steps name its last day: 第 N 个工作日.
                const words = d.unit === 'workday' ? workingDayOrdinal(d.amount).zh : formatDurationZh(d);
                expect(hover, where).toContain(words);
                expect(evaluated.map(s => s.zh).join('\n'), where).toContain(words);
            }
            expect(hover, where).not.toMatch(/个半月|《《/);
        }
    });

    it('频次: the count in the evaluator\'s words and the counting steps', () => {
        for (const c of cases) {
            if (c.rule.kind !== 'frequency') continue;
            const hover = hovers.get(c)!;
            const where = `${c.file} ${c.rule.name}\n${hover}`;
            const rule = { per: c.rule.per, min: c.rule.min, max: c.rule.max, unit: c.rule.unit };
            const result = checkFrequency({ rule, window: { from: mustParseDate('2015-01-01'), to: mustParseDate('2016-12-31') }, asOf: mustParseDate('2016-08-15'), events: [], termLabel: { zh: '任期', en: 'term' } });
            const words = frequencyWords(rule).zh;
            expect(result.summary.zh.startsWith(words), where).toBe(true);
            expect(hover, where).toContain(words);
            const method = frequencyMethod(c.rule.per);
            expect([...readings(method)].sort(), where).toEqual([...new Set(result.readings)].sort());
            for (const s of method) expect(hover, where).toContain(s.zh);
        }
    });

    it('the two hovers of the issue: 48 小时 from the moment, never extended; 半个月 is 15 日', () => {
        const by = (name: string) => hovers.get(cases.find(c => c.rule.name === name)!)!;
        const hours = by('外逃上报期限');
        expect(hours).toContain('自起算事件起 48小时内完成');
        expect(hours).toContain('自事件发生的时刻起算 48小时');
        expect(hours).toContain('不因休息日顺延（民法典第二百零一条第二款）');
        expect(hours).not.toContain('开始的当日不计入');
        expect(hours).not.toContain('以休假日结束的次日');
        const half = by('上任后半个月内教育');
        expect(half).toContain('自起算事件起 半个月内完成');
        expect(half).toContain('半个月按 15 日计算');
        expect(half).not.toContain('对应日');
        expect(half).not.toContain('个半月');
        expect(half.match(/《/g)?.length).toBe(1);
    });
});
