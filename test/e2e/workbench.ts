/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CodeServer, freePort, setupCodeServer, SHOTS } from './code-server-process.js';

/** A code-server on a copy of examples/ (plus `extraFiles`), opened in Chromium. */
export async function startWorkbench(extraFiles: Record<string, string>, prepare?: (server: CodeServer) => void): Promise<{ server: CodeServer; browser: Browser; page: Page }> {
    const launcher = setupCodeServer();
    mkdirSync(SHOTS, { recursive: true });
    const server = new CodeServer(launcher, extraFiles);
    prepare?.(server);
    const url = await server.start(await freePort());
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // Clipboard access: settings are edited by pasting (typing JSON would be auto-closed).
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 }, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    return { server, browser, page };
}

/** What a person does in the workbench: keyboard, quick open, command palette, Problems. */
export function workbench(page: Page) {
    async function shot(name: string): Promise<string> {
        const path = join(SHOTS, `${name}.png`);
        await page.screenshot({ path });
        return path;
    }

    async function command(title: string): Promise<void> {
        await page.keyboard.press('Escape');
        await page.keyboard.press('F1');
        await page.waitForSelector('.quick-input-widget input');
        await page.keyboard.type(title);
        await page.waitForTimeout(400);
        await page.keyboard.press('Enter');
    }

    /** The command palette's rows for a query (then closes it). */
    async function paletteRows(query: string): Promise<string[]> {
        await page.keyboard.press('Escape');
        await page.keyboard.press('F1');
        await page.waitForSelector('.quick-input-widget input');
        await page.keyboard.type(query);
        await page.waitForTimeout(600);
        const rows = await page.locator('.quick-input-list .monaco-list-row').allTextContents();
        await page.keyboard.press('Escape');
        return rows;
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
        // An open tab is reused only when named by its file name alone (many files are rules.zeren).
        const open = page.locator('.tabs-container .tab', { hasText: name.split('/').pop()! });
        if (!name.includes('/') && await open.count()) {
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
        await page.waitForFunction(n => Array.from(document.querySelectorAll('.tab.active')).some(t => t.textContent?.includes(n)), file, { timeout: 10_000 });
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

    /** The hover's text at a position (Show or Focus Hover). */
    async function hoverAt(line: number, column: number): Promise<string> {
        await gotoLine(line, column);
        await command('Show or Focus Hover');
        const hover = page.locator('.monaco-hover-content:visible').first();
        await hover.waitFor({ timeout: 15_000 });
        await page.waitForTimeout(300);
        return (await hover.textContent()) ?? '';
    }

    /** Replaces the user settings (settings.json) through the editor, as a person would; VS Code applies them at once. */
    async function editUserSettings(text: string): Promise<void> {
        await page.evaluate(t => navigator.clipboard.writeText(t), text);
        await command('Preferences: Open User Settings (JSON)');
        await page.waitForFunction(() => Array.from(document.querySelectorAll('.tab.active')).some(t => t.textContent?.includes('settings.json')), undefined, { timeout: 15_000 });
        await page.waitForTimeout(300);
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Control+V');
        await page.keyboard.press('Control+S');
        await page.waitForTimeout(300);
        await page.keyboard.press('Control+W');
    }

    return { shot, command, editUserSettings, paletteRows, openFile, focusEditor, gotoLine, filterProblems, problemsLabel, hoverAt };
}

export function lineOf(text: string, needle: string): number {
    return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/** 1-based column of `inner` inside the first occurrence of `needle` (`delta` moves right). */
export function columnOf(text: string, needle: string, inner: string, delta = 0): number {
    const i = text.indexOf(needle);
    return i - text.lastIndexOf('\n', i - 1) + needle.indexOf(inner) + delta;
}
