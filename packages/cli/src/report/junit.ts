import type { ScenarioResult } from '@zeren/evaluator';

import { visibleBlock, visibleLine } from './visible-text.js';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Attribute values: one line. Element text (failure details) keeps its line breaks. */
const escape = (s: string) => xml(visibleLine(s));
const escapeBlock = (s: string) => xml(visibleBlock(s));

export interface JunitCase {
    file: string;
    result: ScenarioResult;
    /** Seconds the scenario took to evaluate. */
    seconds: number;
    /** The failure lines as the text reporter prints them (article and computed values). */
    lines: string[];
}

/** JUnit XML, one testsuite per scenario suite; each testcase with its file, line and time, for CI dashboards. */
export function junitReport(results: JunitCase[]): string {
    const suites = new Map<string, JunitCase[]>();
    for (const r of results) {
        const key = `${r.file}|${r.result.suite}`;
        suites.set(key, [...(suites.get(key) ?? []), r]);
    }
    const time = (items: JunitCase[]) => items.reduce((t, i) => t + i.seconds, 0).toFixed(3);
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites tests="${results.length}" failures="${results.filter(r => !r.result.passed).length}" time="${time(results)}">`];
    for (const [key, items] of suites) {
        const [file, suite] = key.split('|');
        lines.push(`  <testsuite name="${escape(suite)}" file="${escape(file)}" tests="${items.length}" failures="${items.filter(i => !i.result.passed).length}" time="${time(items)}">`);
        for (const { result, seconds, lines: failures } of items) {
            const line = result.loc.range.start.line + 1;
            lines.push(`    <testcase classname="${escape(suite)}" name="${escape(result.scenario)}" file="${escape(file)}" line="${line}" time="${seconds.toFixed(3)}">`);
            if (!result.passed) {
                const text = result.failures.map((f, i) => `${file}:${f.loc.range.start.line + 1}: ${failures[i]}`).join('\n');
                lines.push(`      <failure message="${escape(failures[0] ?? '')}">${escapeBlock(text)}</failure>`);
            }
            lines.push('    </testcase>');
        }
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return lines.join('\n');
}
