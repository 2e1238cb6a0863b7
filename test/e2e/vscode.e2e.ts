/// <reference lib="dom" />
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodeServer, freePort, ROOT, setupCodeServer, SHOTS } from './code-server-process.js';

// The packaged .vsix in a real VS Code (code-server 4.100.3) driven through Chromium as a
// person would: keyboard, quick open, command palette, hovers, Problems, Test Explorer.
// Quick-open queries: the corpus has many rules.zeren, so name the folder too.
const RULES = 'kaohe-2015/rules.zeren';
const SCEN = 'editor-scenarios.zeren';
const SCEN_PATH = 'examples/city/kaohe-2015/editor-scenarios.zeren';

let server: CodeServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
    const launcher = setupCodeServer();
    mkdirSync(SHOTS, { recursive: true });
    server = new CodeServer(launcher, { [SCEN_PATH]: readFileSync(join(ROOT, 'test/lsp/fixtures/editor-scenarios.zeren'), 'utf8') });
    const url = await server.start(await freePort());
    browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
});

// A failing step leaves a picture of what the page showed.
afterEach(async ctx => {
    if (ctx.task.result?.state === 'fail' && page) await shot(`failed-${ctx.task.name.replace(/\W+/g, '-')}`);
});

afterAll(async () => {
    await browser?.close();
    server?.stop();
});

async function shot(name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function command(title: string): Promise<void> {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(title);
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
}

async function openFile(name: string, attempts = 3): Promise<void> {
    try {
        await openFileOnce(name);
    } catch (e) {
        if (attempts <= 1) throw e;
        await page.keyboard.press('Escape');
        await openFile(name, attempts - 1);
    }
}

async function openFileOnce(name: string): Promise<void> {
    await focusEditor();
    const open = page.locator('.tabs-container .tab', { hasText: name.split('/').pop()! });
    if (await open.count()) {
        await open.first().click();
        await focusEditor();
        return;
    }
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(name);
    // The file index may still be loading right after start-up.
    const file = name.split('/').pop()!;
    await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(n => document.querySelector('.tab.active')?.textContent?.includes(n), file, { timeout: 10_000 });
    await focusEditor();
}

/** Keyboard focus back to the active editor (clicking may land on an overlay). */
async function focusEditor(): Promise<void> {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+1');
    await page.waitForTimeout(200);
}

async function gotoLine(line: number, column = 1): Promise<void> {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
}

function lineOf(text: string, needle: string): number {
    return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/** 1-based column of `inner` inside the first occurrence of `needle` (`delta` moves right). */
function columnOf(text: string, needle: string, inner: string, delta = 0): number {
    const i = text.indexOf(needle);
    return i - text.lastIndexOf('\n', i - 1) + needle.indexOf(inner) + delta;
}

/** Opens the Problems panel filtered to `text` (the workspace may hold many other problems). */
async function filterProblems(text: string): Promise<void> {
    await page.keyboard.press('Control+Shift+M');
    const filter = page.locator('.markers-panel-action-filter textarea, .markers-panel-action-filter input, .viewpane-filter textarea, .viewpane-filter input').first();
    await filter.waitFor({ timeout: 15_000 });
    await filter.fill(text);
    await page.waitForTimeout(300);
}

async function problemsLabel(): Promise<string> {
    return (await page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '';
}


describe('Zeren in VS Code (code-server)', () => {
    it('highlights Chinese keywords in a rule file', async () => {
        await openFile(RULES);
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
        await shot('01-highlighting');
    });

    it('shows an introduced error in the Problems panel', async () => {
        const text = server.read('examples/city/kaohe-2015/rules.zeren');
        // 10% → 15%: the top-level weights then sum to 105%.
        await gotoLine(lineOf(text, '公众评价 〔第十四条〕 占 10%'), columnOf(text, '公众评价 〔第十四条〕 占 10%', '10%', 1));
        await page.keyboard.press('Delete');
        await page.keyboard.type('5');
        await filterProblems('sum to 105%');
        // The marker row plus rows for its related locations.
        const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'sum to 105%' }).first();
        await marker.waitFor({ timeout: 30_000 });
        expect(await marker.textContent()).toContain("The weights under '领导班子综合得分' sum to 105%, not 100%");
        expect(await problemsLabel()).toMatch(/error/i);
        await shot('02-problems');
        // Put the original weight back and watch the problem go away.
        await focusEditor();
        await gotoLine(lineOf(text, '公众评价 〔第十四条〕 占 10%'), columnOf(text, '公众评价 〔第十四条〕 占 10%', '10%', 1));
        await page.keyboard.press('Delete');
        await page.keyboard.type('0');
        await marker.waitFor({ state: 'detached', timeout: 30_000 });
        await page.keyboard.press('Control+S');
        await expect.poll(() => server.read('examples/city/kaohe-2015/rules.zeren')).toBe(text);
    });

    it('hovers a rule and reads its citation and source text', async () => {
        const text = server.read('examples/city/kaohe-2015/rules.zeren');
        await gotoLine(lineOf(text, '等次 领导班子等次'), columnOf(text, '等次 领导班子等次', '领导班子等次', 1));
        await command('Show or Focus Hover');
        const hover = page.locator('.monaco-hover-content:visible').first();
        await hover.waitFor({ timeout: 15_000 });
        await expect.poll(() => hover.textContent(), { timeout: 10_000 }).toContain('〔第二十条〕');
        expect(await hover.textContent()).toContain('得分在90分（含90分）以上的确定为“好”等次');
        await shot('03-hover');
        await page.keyboard.press('Escape');
    });

    it('accepts a completion of a fact in a scenario', async () => {
        await openFile(SCEN);
        const text = server.read(SCEN_PATH);
        await gotoLine(lineOf(text, '公众评价得分 = 98'), 1);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('经组织');
        await page.keyboard.press('Control+Space');
        const item = page.locator('.suggest-widget .monaco-list-row', { hasText: '经组织考核确实存在问题' });
        await item.waitFor({ timeout: 15_000 });
        await shot('04-completion');
        await page.keyboard.press('Enter');
        await page.keyboard.type(' = 是');
        await page.keyboard.press('Control+S');
        await expect.poll(() => server.read(SCEN_PATH)).toContain('公众评价得分 = 98\n            经组织考核确实存在问题 = 是\n');
    });

    it('applies a quick fix for a band gap', async () => {
        await openFile(RULES);
        const text = server.read('examples/city/kaohe-2015/rules.zeren');
        const line = lineOf(text, '    一般 ≥ 65\n    较差');
        await gotoLine(line + 1, 5);
        await page.keyboard.press('Control+Shift+K');
        await filterProblems('get no grade');
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'get no grade' }).first().waitFor({ timeout: 30_000 });
        await focusEditor();
        await gotoLine(line, 6);
        await page.keyboard.press('Control+.');
        const fix = page.locator('.action-widget .monaco-list-row', { hasText: "Add a catch-all band '较差'" });
        await fix.waitFor({ timeout: 15_000 });
        await shot('05-quick-fix');
        await page.keyboard.press('Enter');
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'get no grade' }).first().waitFor({ state: 'detached', timeout: 30_000 });
        await page.keyboard.press('Control+S');
        await expect.poll(() => server.read('examples/city/kaohe-2015/rules.zeren')).toBe(text);
    });

    it('runs the scenarios from the Test Explorer and shows pass and fail', async () => {
        await openFile(SCEN);
        // Code lenses carry the same state.
        const lens = page.locator('.contentWidgets .codelens-decoration', { hasText: 'failed' });
        await lens.first().waitFor({ timeout: 30_000 });
        await command('Testing: Focus on Test Explorer View');
        await page.waitForSelector('.test-explorer .monaco-list-row', { timeout: 30_000 });
        await command('Test: Run All Tests');
        // "passed/total" for every scenario in the workspace; the deliberately wrong one fails.
        const summary = page.locator('.test-explorer .result-summary');
        await expect.poll(async () => /(\d+)\/(\d+)/.exec((await summary.textContent()) ?? '')?.slice(1).map(Number), { timeout: 60_000 })
            .toSatisfy(((c: number[] | undefined) => !!c && c[1] > 2 && c[0] < c[1]) as (v: unknown) => boolean);
        await shot('06-test-explorer');
        // Results are also drawn in the editor's gutter by the testing API: one pass, one fail.
        await openFile(SCEN);
        await page.locator('.monaco-editor .codicon-testing-passed-icon').first().waitFor({ timeout: 15_000 });
        await page.locator('.monaco-editor .codicon-testing-failed-icon').first().waitFor({ timeout: 15_000 });
        await expect.poll(() => page.locator('.contentWidgets .codelens-decoration', { hasText: 'passed' }).count()).toBeGreaterThan(0);
        await shot('07-scenario-results');
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
