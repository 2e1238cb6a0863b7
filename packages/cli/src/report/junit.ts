import type { Lang } from '@zeren/model';
import type { ScenarioResult } from '@zeren/evaluator';

import { visibleBlock, visibleLine } from './visible-text.js';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Attribute values: one line. Element text (failure details) keeps its line breaks. */
const escape = (s: string) => xml(visibleLine(s));
const escapeBlock = (s: string) => xml(visibleBlock(s));

/** JUnit XML, one testsuite per scenario suite, for CI dashboards. */
export function junitReport(results: { file: string; result: ScenarioResult }[], lang: Lang): string {
    const suites = new Map<string, { file: string; result: ScenarioResult }[]>();
    for (const r of results) {
        const key = `${r.file}|${r.result.suite}`;
        suites.set(key, [...(suites.get(key) ?? []), r]);
    }
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites tests="${results.length}" failures="${results.filter(r => !r.result.passed).length}">`];
    for (const [key, items] of suites) {
        const [file, suite] = key.split('|');
        lines.push(`  <testsuite name="${escape(suite)}" file="${escape(file)}" tests="${items.length}" failures="${items.filter(i => !i.result.passed).length}">`);
        for (const { result } of items) {
            lines.push(`    <testcase classname="${escape(suite)}" name="${escape(result.scenario)}" file="${escape(file)}">`);
            if (!result.passed) {
                const text = result.failures.map(f => (lang === 'zh' ? f.zh : f.en)).join('\n');
                lines.push(`      <failure message="${escape(text.split('\n')[0])}">${escapeBlock(text)}</failure>`);
            }
            lines.push('    </testcase>');
        }
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return lines.join('\n');
}
