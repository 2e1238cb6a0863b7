import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceFile } from '@zeren/diff';
import { ROOT } from './helpers.js';

/**
 * Generated revisions of the corpus: one textual edit per kind of semantic change the review
 * tools must handle. Each names the folder it edits, the exact text replaced (which must occur
 * once) and the rule it changes.
 */
export interface Edit { kind: string; dir: string; file: string; from: string; to: string; rule: string }

export const EDITS: Edit[] = [
    { kind: 'threshold', dir: 'kaohe-2015', file: 'rules.zeren', from: '（六） 当 一年内被上级通报批评或组织处理次数 ≥ 2', to: '（六） 当 一年内被上级通报批评或组织处理次数 ≥ 3', rule: '领导班子否决' },
    { kind: 'band', dir: 'kaohe-2015', file: 'rules.zeren', from: '    好 ≥ 90\n', to: '    好 ≥ 92\n', rule: '领导班子等次' },
    { kind: 'weight', dir: 'kaohe-2015', file: 'rules.zeren', from: '    民主测评 占 70% = 民主测评得分\n    日常监督评价 占 10%', to: '    民主测评 占 60% = 民主测评得分\n    日常监督评价 占 20%', rule: '领导干部综合得分' },
    { kind: 'bonus cap', dir: 'kaohe-2015', file: 'rules.zeren', from: '中央级 每项 3 上限 5', to: '中央级 每项 3 上限 6', rule: '领导班子综合得分' },
    { kind: 'clause removed', dir: 'kaohe-2015', file: 'rules.zeren', from: '    （七） 当 无故不按规定报告两个责任情况\n', to: '', rule: '领导班子否决' },
    { kind: 'clause added', dir: 'kaohe-2015', file: 'rules.zeren', from: '    （五） 当 其他应当否决的情形\n', to: '    （五） 当 其他应当否决的情形\n    （六） 当 正在接受立案调查\n', rule: '领导干部否决' },
    { kind: 'clause changed', dir: 'kaohe-2015', file: 'rules.zeren', from: '（五） 当 领导不力导致发生重大违纪违法案件 且 在社会上造成不良影响', to: '（五） 当 领导不力导致发生重大违纪违法案件 或 在社会上造成不良影响', rule: '领导班子否决' },
    { kind: 'exception', dir: 'kaohe-2015', file: 'rules.zeren', from: '排除 （二）、（三） 当 违纪问题发生在调入前原单位', to: '排除 （二） 当 违纪问题发生在调入前原单位', rule: '领导班子否决' },
    { kind: 'condition', dir: 'kaohe-2015', file: 'rules.zeren', from: '/ 测评总票数 ≥ 30% 且 经核实确实存在问题', to: '/ 测评总票数 ≥ 40% 且 经核实确实存在问题', rule: '测评一般较差过多告诫谈话' },
    { kind: 'eligibility limit', dir: 'kaohe-2015', file: 'rules.zeren', from: '不参加考核 当 离岗月数 ≥ 6', to: '不参加考核 当 离岗月数 ≥ 3', rule: '离岗半年以上不参加考核' },
    { kind: 'measure duration', dir: 'kaohe-2015', file: 'rules.zeren', from: '措施 "不作为提拔任用对象" 期限 1 年', to: '措施 "不作为提拔任用对象" 期限 6 个月', rule: '否决干部取消评优并暂停提拔' },
    { kind: 'deadline length', dir: 'yuetan-2015', file: 'rules.zeren', from: '起 15 日内 完成', to: '起 20 日内 完成', rule: '整改落实情况上报期限' },
    { kind: 'deadline unit', dir: 'yuetan-2015', file: 'rules.zeren', from: '起 15 日内 完成', to: '起 10 个工作日内 完成', rule: '整改落实情况上报期限' },
    { kind: 'deadline start', dir: 'yuetan-2015', file: 'rules.zeren', from: '自 约谈日期 起 15 日内', to: '自 整改落实情况书面上报日期 起 15 日内', rule: '整改落实情况上报期限' },
    { kind: 'frequency bound', dir: 'liangge-zeren-2015', file: 'rules.zeren', from: '每 半年 至少 1 次', to: '每 半年 至少 2 次', rule: '党委年中年底报告' },
    { kind: 'frequency period', dir: 'liangge-zeren-2015', file: 'rules.zeren', from: '计 年中专项督查记录 每 年 至少 1 次', to: '计 年中专项督查记录 每 半年 至少 1 次', rule: '年中专项督查' },
    { kind: 'ladder', dir: 'zhuijiu-2015', file: 'rules.zeren', from: '        情节较重： 通报批评\n', to: '        情节较重： 调整工作岗位\n', rule: '责任追究方式' },
    { kind: 'restriction period', dir: 'zhuijiu-2015', file: 'rules.zeren', from: '当 所受组织处理 = 调整工作岗位 1 年内 "不得提拔"', to: '当 所受组织处理 = 调整工作岗位 2 年内 "不得提拔"', rule: '追究后果' },
];

/** The folder's .zeren files as the old side, and with the edits applied as the new side. */
export function sides(dir: string, edits: Edit[]): { before: SourceFile[]; after: SourceFile[] } {
    const abs = path.join(ROOT, 'examples/city', dir);
    const before = fs.readdirSync(abs).filter(n => n.endsWith('.zeren')).sort().map(n => ({ path: `${dir}/${n}`, text: fs.readFileSync(path.join(abs, n), 'utf8') }));
    return { before, after: applyEdits(before, edits) };
}

export function applyEdits(files: SourceFile[], edits: Edit[]): SourceFile[] {
    return files.map(f => {
        let text = f.text;
        for (const e of edits.filter(x => `${x.dir}/${x.file}` === f.path)) {
            if (text.split(e.from).length !== 2) throw new Error(`edit "${e.kind}": the text to replace must occur once in ${f.path}`);
            text = text.replace(e.from, e.to);
        }
        return { path: f.path, text };
    });
}
