// Runs inside the desktop extension host (see ../run-desktop.mjs). Plain CommonJS so no build step.
const assert = require('node:assert');
const path = require('node:path');
const vscode = require('vscode');

async function until(fn, ms = 30000) {
    const end = Date.now() + ms;
    for (;;) {
        const v = await fn();
        if (v) return v;
        if (Date.now() > end) throw new Error('timed out');
        await new Promise(r => setTimeout(r, 200));
    }
}

exports.run = async function run() {
    const root = vscode.workspace.workspaceFolders[0].uri.fsPath;
    const rules = vscode.Uri.file(path.join(root, 'examples/city/kaohe-2015/rules.zeren'));
    const doc = await vscode.workspace.openTextDocument(rules);
    const editor = await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'zeren');

    // Diagnostics for an introduced error.
    const text = doc.getText();
    const at = doc.positionAt(text.indexOf('公众评价 〔第十四条〕 占 10%') + '公众评价 〔第十四条〕 占 '.length);
    await editor.edit(e => e.replace(new vscode.Range(at, at.translate(0, 2)), '15'));
    const diag = await until(() => vscode.languages.getDiagnostics(rules).find(d => d.code === 'weights-sum'));
    assert.match(diag.message, /105%/);
    await vscode.commands.executeCommand('undo');

    // Hover with the citation.
    const pos = doc.positionAt(text.indexOf('等次 领导班子等次') + 4);
    const hovers = await until(async () => {
        const h = await vscode.commands.executeCommand('vscode.executeHoverProvider', rules, pos);
        return h && h.length ? h : undefined;
    });
    const hoverText = hovers.flatMap(h => h.contents.map(c => c.value ?? String(c))).join('\n');
    assert.match(hoverText, /〔第二十条〕/);

    // Scenarios run through the extension's command and report pass/fail.
    const scen = vscode.Uri.file(path.join(root, 'examples/city/kaohe-2015/scenarios-smoke.zeren'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(scen));
    const results = await vscode.commands.executeCommand('zeren.runScenario', { uri: scen.toString() });
    assert.ok(results.length > 0, 'scenarios ran');
    assert.ok(results.every(r => typeof r.passed === 'boolean'));
};
