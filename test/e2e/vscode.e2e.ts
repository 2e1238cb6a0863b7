/// <reference lib="dom" />
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CodeServer, ROOT, SHOTS } from './code-server-process.js';
import { columnOf, lineOf, startWorkbench, workbench } from './workbench.js';

// The packaged .vsix in a real VS Code (code-server 4.100.3) driven through Chromium as a
// person would: keyboard, quick open, command palette, hovers, Problems, Test Explorer.
// Quick-open queries: the corpus has many rules.zeren, so name the folder too.
const RULES = 'kaohe-2015/rules.zeren';
const SCEN = 'editor-scenarios.zeren';
const SCEN_PATH = 'examples/city/kaohe-2015/editor-scenarios.zeren';

let server: CodeServer;
let browser: Browser;
let page: Page;
let wb: ReturnType<typeof workbench>;

beforeAll(async () => {
    ({ server, browser, page } = await startWorkbench({ [SCEN_PATH]: readFileSync(join(ROOT, 'test/lsp/fixtures/editor-scenarios.zeren'), 'utf8') }));
    wb = workbench(page);
});

// A failing step leaves a picture of what the page showed.
afterEach(async ctx => {
    if (ctx.task.result?.state === 'fail' && page) await wb.shot(`failed-${ctx.task.name.replace(/\W+/g, '-')}`);
});

afterAll(async () => {
    await browser?.close();
    server?.stop();
});

describe('Zeren in VS Code (code-server)', () => {
    it('highlights Chinese keywords in a rule file', async () => {
        await wb.openFile(RULES);
        // Semantic tokens arrive after the server starts; wait until 得分 and the rule name differ in colour.
        await page.waitForFunction(() => {
            const spans = Array.from(document.querySelectorAll('.monaco-editor .view-line span span'));
            const kw = spans.find(s => s.textContent?.trim() === '文件');
            const name = spans.find(s => s.textContent?.trim() === '张掖市党风廉政建设考核办法');
            return kw && name && getComputedStyle(kw).color !== getComputedStyle(name).color;
        }, undefined, { timeout: 60_000 });
        const colours = await page.evaluate(() => {
            const spans = Array.from(document.querySelectorAll('.monaco-editor .view-line span span'));
            const colour = (t: string) => { const s = spans.find(x => x.textContent?.trim() === t); return s ? getComputedStyle(s).color : ''; };
            return { keyword: colour('文件'), metaKeyword: colour('发布机关'), documentName: colour('张掖市党风廉政建设考核办法'), string: colour('"中共张掖市委"'), plain: getComputedStyle(document.querySelector('.monaco-editor .view-lines')!).color };
        });
        expect(colours.keyword).not.toBe(colours.plain);
        expect(colours.metaKeyword).toBe(colours.keyword);
        expect(colours.documentName).not.toBe(colours.keyword);
        expect(colours.string).not.toBe(colours.plain);
        await wb.shot('01-highlighting');
    });

    it('shows an introduced error in the Problems panel', async () => {
        const text = server.read('examples/city/kaohe-2015/rules.zeren');
        // 10% → 15%: the top-level weights then sum to 105%.
        await wb.gotoLine(lineOf(text, '公众评价 〔第十四条〕 占 10%'), columnOf(text, '公众评价 〔第十四条〕 占 10%', '10%', 1));
        await page.keyboard.press('Delete');
        await page.keyboard.type('5');
        await wb.filterProblems('sum to 105%');
        // The marker row plus rows for its related locations.
        const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'sum to 105%' }).first();
        await marker.waitFor({ timeout: 30_000 });
        expect(await marker.textContent()).toContain("The weights under '领导班子综合得分' sum to 105%, not 100%");
        expect(await wb.problemsLabel()).toMatch(/error/i);
        await wb.shot('02-problems');
        // Put the original weight back and watch the problem go away.
        await wb.focusEditor();
        await wb.gotoLine(lineOf(text, '公众评价 〔第十四条〕 占 10%'), columnOf(text, '公众评价 〔第十四条〕 占 10%', '10%', 1));
        await page.keyboard.press('Delete');
        await page.keyboard.type('0');
        await marker.waitFor({ state: 'detached', timeout: 30_000 });
        await page.keyboard.press('Control+S');
        await expect.poll(() => server.read('examples/city/kaohe-2015/rules.zeren')).toBe(text);
    });

    it('hovers a rule and reads its citation and source text', async () => {
        const text = server.read('examples/city/kaohe-2015/rules.zeren');
        await wb.gotoLine(lineOf(text, '等次 领导班子等次'), columnOf(text, '等次 领导班子等次', '领导班子等次', 1));
        await wb.command('Show or Focus Hover');
        const hover = page.locator('.monaco-hover-content:visible').first();
        await hover.waitFor({ timeout: 15_000 });
        await expect.poll(() => hover.textContent(), { timeout: 10_000 }).toContain('〔第二十条〕');
        expect(await hover.textContent()).toContain('得分在90分（含90分）以上的确定为“好”等次');
        await wb.shot('03-hover');
        await page.keyboard.press('Escape');
    });

    it('accepts a completion of a fact in a scenario', async () => {
        await wb.openFile(SCEN);
        const text = server.read(SCEN_PATH);
        await wb.gotoLine(lineOf(text, '公众评价得分 = 98'), 1);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('经组织');
        await page.keyboard.press('Control+Space');
        const item = page.locator('.suggest-widget .monaco-list-row', { hasText: '经组织考核确实存在问题' });
        await item.waitFor({ timeout: 15_000 });
        await wb.shot('04-completion');
        await page.keyboard.press('Enter');
        await page.keyboard.type(' = 是');
        await page.keyboard.press('Control+S');
        await expect.poll(() => server.read(SCEN_PATH)).toContain('公众评价得分 = 98\n            经组织考核确实存在问题 = 是\n');
    });

    it('applies a quick fix for a band gap', async () => {
        await wb.openFile(RULES);
        const text = server.read('examples/city/kaohe-2015/rules.zeren');
        const line = lineOf(text, '    一般 ≥ 65\n    较差');
        await wb.gotoLine(line + 1, 5);
        await page.keyboard.press('Control+Shift+K');
        await wb.filterProblems('get no grade');
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'get no grade' }).first().waitFor({ timeout: 30_000 });
        await wb.focusEditor();
        await wb.gotoLine(line, 6);
        await page.keyboard.press('Control+.');
        const fix = page.locator('.action-widget .monaco-list-row', { hasText: "Add a catch-all band '较差'" });
        await fix.waitFor({ timeout: 15_000 });
        await wb.shot('05-quick-fix');
        await page.keyboard.press('Enter');
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'get no grade' }).first().waitFor({ state: 'detached', timeout: 30_000 });
        await page.keyboard.press('Control+S');
        await expect.poll(() => server.read('examples/city/kaohe-2015/rules.zeren')).toBe(text);
    });

    it('runs the scenarios from the Test Explorer and shows pass and fail', async () => {
        await wb.openFile(SCEN);
        // Code lenses carry the same state.
        const lens = page.locator('.contentWidgets .codelens-decoration', { hasText: 'failed' });
        await lens.first().waitFor({ timeout: 30_000 });
        await wb.command('Testing: Focus on Test Explorer View');
        await page.waitForSelector('.test-explorer .monaco-list-row', { timeout: 30_000 });
        await wb.command('Test: Run All Tests');
        // "passed/total" for every scenario in the workspace; the deliberately wrong one fails.
        const summary = page.locator('.test-explorer .result-summary');
        await expect.poll(async () => /(\d+)\/(\d+)/.exec((await summary.textContent()) ?? '')?.slice(1).map(Number), { timeout: 60_000 })
            .toSatisfy(((c: number[] | undefined) => !!c && c[1] > 2 && c[0] < c[1]) as (v: unknown) => boolean);
        await wb.shot('06-test-explorer');
        // Results are also drawn in the editor's gutter by the testing API: one pass, one fail.
        await wb.openFile(SCEN);
        await page.locator('.monaco-editor .codicon-testing-passed-icon').first().waitFor({ timeout: 15_000 });
        await page.locator('.monaco-editor .codicon-testing-failed-icon').first().waitFor({ timeout: 15_000 });
        await expect.poll(() => page.locator('.contentWidgets .codelens-decoration', { hasText: 'passed' }).count()).toBeGreaterThan(0);
        await wb.shot('07-scenario-results');
    });

    it('reports its activation time in the Zeren output channel', async () => {
        // VS Code keeps each output channel in a log file under the user data dir; the extension
        // writes "Zeren activated in N ms (code loading L ms + activate A ms)" there when it
        // activates (measured, not asserted).
        let found: string | undefined;
        for (let i = 0; i < 60 && !found; i++) {
            found = findActivationLine(join(server.home, 'ud', 'logs'));
            if (!found) await page.waitForTimeout(500);
        }
        expect(found).toMatch(/^Zeren activated in \d+(\.\d+)? ms \(code loading \d+(\.\d+)? ms \+ activate \d+(\.\d+)? ms\)$/);
        writeFileSync(join(SHOTS, 'activation.txt'), `${found}\n`);
        console.log(found);
    });
});

function findActivationLine(dir: string): string | undefined {
    let entries: string[];
    try {
        entries = readdirSync(dir);
    } catch {
        return undefined;
    }
    for (const name of entries) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) {
            const inner = findActivationLine(full);
            if (inner) return inner;
        } else if (name.endsWith('.log')) {
            const line = readFileSync(full, 'utf8').split('\n').find(l => /Zeren activated in/.test(l));
            if (line) return line.slice(line.indexOf('Zeren activated in')).trim();
        }
    }
    return undefined;
}
