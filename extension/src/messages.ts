import * as vscode from 'vscode';

/** Runtime strings of the extension; contribution titles are in package.nls*.json. */
const STRINGS = {
    controller: ['Zeren 场景', 'Zeren scenarios'],
    runProfile: ['运行场景', 'Run scenarios'],
    explanationTitle: ['场景解释', 'Scenario explanation'],
    noScenarios: ['此文件中没有场景', 'No scenarios in this file'],
    expected: ['期望', 'Expected'],
    actual: ['实际', 'Actual'],
    levelcentral: ['中央', 'Central'],
    levelprovince: ['省级', 'Province'],
    levelcity: ['市级', 'City'],
    levelcounty: ['县级', 'County'],
    levelnone: ['未注明层级', 'No level given'],
    scenarioFailed: ['场景“{0}”未通过：{1}', "Scenario '{0}' failed: {1}"],
    diffWeb: ['语义比较需要 git，VS Code 网页版中没有 git。请在桌面版 VS Code 或 code-server 中使用，或在终端运行 `zeren diff --git HEAD`。',
        'The semantic diff needs git, which VS Code for the Web does not have. Use it in desktop VS Code or code-server, or run `zeren diff --git HEAD` in a terminal.'],
    diffUntrusted: ['受限模式下不运行 git：信任此工作区后才能进行语义比较。', 'Restricted Mode: the semantic diff runs git, which stays off until you trust this workspace.'],
    trustWorkspace: ['信任工作区', 'Trust workspace'],
} as const;

/** The message language: the `zeren.language` setting, or VS Code's display language (auto). */
export function messageLang(): 'zh' | 'en' {
    const setting = vscode.workspace.getConfiguration('zeren').get<string>('language', 'auto');
    if (setting === 'zh' || setting === 'en') return setting;
    return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export const isZh = (): boolean => messageLang() === 'zh';

export function t(key: keyof typeof STRINGS, ...args: string[]): string {
    return STRINGS[key][isZh() ? 0 : 1].replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? '');
}
