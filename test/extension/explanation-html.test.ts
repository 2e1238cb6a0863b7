import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol';
import { explanationHtml } from '../../extension/src/explanation-html.js';
import type { ScenarioRun } from '../../extension/src/protocol.js';
import { LspHarness } from '../lsp/lsp-harness.js';

// The explanation view's HTML, drawn from what the language server returns for real scenarios.
let h: LspHarness;
beforeAll(async () => {
    h = new LspHarness();
    await h.initialize('zh');
}, 60000);
afterAll(async () => h?.dispose());

const evaluate = (rel: string, scenario: string, lang: 'zh' | 'en' = 'zh') =>
    h.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.evaluateScenario', arguments: [{ uri: h.uri(rel), scenario, lang }] }) as Promise<ScenarioRun[]>;

/** The rows of the first table after a heading containing `heading`, as cell texts. */
function tableAfter(html: string, heading: string): string[][] {
    const at = html.indexOf(heading);
    const table = html.slice(html.indexOf('<table', at), html.indexOf('</table>', at));
    return [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map(r => [...r[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(c => c[1].replace(/<[^>]+>/g, '')));
}

describe('explanation view', () => {
    it('draws the score breakdown as a table with a bar per component', async () => {
        const runs = await evaluate('examples/city/kaohe-2015/scenarios-smoke.zeren', '浮点陷阱：恰好90分为好');
        expect(runs).toHaveLength(1);
        const html = explanationHtml(runs, 'zh');
        const rows = tableAfter(html, '领导班子综合得分');
        expect(rows[0]).toEqual(['组成', '权重', '实际权重', '得分', '计入', '']);
        const daily = rows.find(r => r[0] === '日常监督评价')!;
        expect(daily.slice(1, 3)).toEqual(['20%', '20%']);
        expect(daily[3]).toBe('100');
        expect(rows.find(r => r[0] === '测评')!.slice(1, 5)).toEqual(['70%', '9.8%', '77', '7.546']);
        expect(rows.at(-1)!.slice(0, 2)).toEqual(['合计', '90']);
        // One bar per component row and the total (bonus rows have none).
        const components = rows.slice(1).filter(r => !r[0].includes('×'));
        expect(html.match(/class="bar"/g)!.length).toBe(components.length);
        expect(html).toMatch(/〔第[一二三四五六七八九十]+条〕/);
    });

    it('shows a veto with its article and a deadline with its steps; escapes text', async () => {
        const veto = await evaluate('examples/city/kaohe-2015/scenarios-team-vetoes.zeren', (await firstScenario('examples/city/kaohe-2015/scenarios-team-vetoes.zeren')));
        const vhtml = explanationHtml(veto, 'zh');
        expect(vhtml).toContain('<h2>一票否决</h2>');
        expect(vhtml).toMatch(/<ul class="vetoes"><li>[^<]+ <span class="cite"[^>]*>〔[^〕]+〕<\/span>/);

        const runs = await evaluate('examples/city/yuetan-2015/scenarios.zeren', '第十条：期满逢国庆顺延至10-08，当日上报按时', 'en');
        const html = explanationHtml(runs, 'en');
        const rows = tableAfter(html, '<h2>Deadlines</h2>');
        expect(rows[0]).toEqual(['Deadline', 'Due', 'Done', 'Status', 'Steps']);
        expect(rows.some(r => r[1].startsWith('2015-10-08') && r[3] === 'on-time')).toBe(true);
        expect(html).toMatch(/<ol class="steps"><li>[^<]+<\/li>/);

        const hostile = explanationHtml([{ ...runs[0], scenario: '<img src=x onerror=alert(1)>' }], 'en');
        expect(hostile).not.toContain('<img');
        expect(hostile).toContain("default-src 'none'");
    });
});

async function firstScenario(rel: string): Promise<string> {
    const list = await h.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.listScenarios', arguments: [{ uri: h.uri(rel) }] }) as { scenario: string }[];
    return list[0].scenario;
}
