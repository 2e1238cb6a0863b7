import * as vscode from 'vscode';

/** Runtime strings of the extension; contribution titles are in package.nls*.json. */
const STRINGS = {
    controller: ['Zeren 场景', 'Zeren scenarios'],
    runProfile: ['运行场景', 'Run scenarios'],
    explanationTitle: ['场景解释', 'Scenario explanation'],
    noScenarios: ['此文件中没有场景', 'No scenarios in this file'],
    expected: ['期望', 'Expected'],
    actual: ['实际', 'Actual'],
} as const;

export const isZh = (): boolean => vscode.env.language.toLowerCase().startsWith('zh');

export function t(key: keyof typeof STRINGS): string {
    return STRINGS[key][isZh() ? 0 : 1];
}
