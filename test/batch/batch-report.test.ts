import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zeren } from '../helpers/cli.js';
import { ROOT } from '../helpers/workspace.js';
import { RULES, TEAM } from './team-batches.js';

// The HTML report of a batch, opened in Chromium as a person would open the file (no server).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.warn(`batch report browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium fonts-wqy-microhei)`);

const EXAMPLE = path.join(ROOT, 'examples/batch');

describe.skipIf(!haveChromium)('batch report in Chromium', () => {
    let browser: Browser;
    let dir: string;
    beforeAll(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-report-'));
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    });
    afterAll(async () => {
        await browser?.close();
    });

    it('loads offline with no console errors, shows the SVG charts and one table row per subject', async () => {
        const report = path.join(dir, 'report.html');
        const r = zeren(['run', RULES, '--subject', TEAM, '--facts', path.join(EXAMPLE, 'teams.csv'), '--facts-list', `成员=${path.join(EXAMPLE, 'members.csv')}`, '--report', report]);
        expect(r.code).toBe(0);
        const subjects = fs.readFileSync(path.join(EXAMPLE, 'teams.csv'), 'utf8').trim().split('\n').length - 1;
        const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
        const problems: string[] = [];
        page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
        page.on('pageerror', e => problems.push(e.message));
        page.on('request', req => { if (!req.url().startsWith('file:')) problems.push(`network request: ${req.url()}`); });
        await page.goto(`file://${report}`);
        expect(await page.locator('figure svg').count()).toBe(2);
        expect(await page.locator('figure svg rect, figure svg path').count()).toBeGreaterThan(5);
        expect(await page.locator('#results tbody tr').count()).toBe(subjects);
        expect(await page.locator('section h3').count()).toBe(subjects);
        // The explanation cites the articles it applied.
        expect(await page.locator('section pre').first().textContent()).toContain('〔第十八条〕');
        // Sorting by score (the inline script): ascending totals after one click.
        await page.locator('#results th').nth(2).click();
        const totals = (await page.locator('#results tbody tr td:nth-child(3)').allTextContents()).map(Number);
        expect(totals).toEqual([...totals].sort((a, b) => a - b));
        await page.locator('#results th').nth(2).click();
        if (process.env.ZEREN_WRITE_SCREENSHOTS) await page.screenshot({ path: path.join(ROOT, 'docs/images/batch-report.png'), fullPage: false });
        expect(problems).toEqual([]);
        await page.close();
    });

    it('reads without its script: the table and charts are in the HTML itself', async () => {
        const report = path.join(dir, 'report.html');
        const page = await browser.newPage({ javaScriptEnabled: false });
        await page.goto(`file://${report}`);
        expect(await page.locator('figure svg').count()).toBe(2);
        expect(await page.locator('#results tbody tr').count()).toBeGreaterThan(0);
        await page.close();
    });
});
