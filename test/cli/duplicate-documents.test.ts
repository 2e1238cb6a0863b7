import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zeren } from '../helpers/cli.js';

/** Two files declaring the same 文件 name: an error naming both, in check and in test (never one picked by file order). */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-dup-doc-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const rules = (threshold: number) => `文件 重名办法 { 发布 2015-12-25 }\n主体 班子 { 事实 次数: 整数 范围 0..10 默认 0 }\n要求 少 〔第一条〕 对 班子 当 次数 ≤ ${threshold}\n`;
fs.mkdirSync(path.join(dir, 'a'));
fs.mkdirSync(path.join(dir, 'b'));
fs.writeFileSync(path.join(dir, 'a/rules.zeren'), rules(5));
fs.writeFileSync(path.join(dir, 'b/rules.zeren'), rules(1));
fs.writeFileSync(path.join(dir, 's.zeren'), '场景集 集 针对 重名办法 { 场景 "三次" 对 班子 { 事实 { 次数 = 3 } 期望 { 少 = 是 } } }\n');

describe('duplicate document names', () => {
    it('zeren check: an error in each file, naming the other', () => {
        const zh = zeren(['check', '.'], { cwd: dir });
        expect(zh.stdout.split('\n').filter(l => l.includes('duplicate-document'))).toEqual([
            'a/rules.zeren:1:4: 错误 [duplicate-document] 文件名“重名办法”在多个文件中声明：../b/rules.zeren 也声明了它',
            'b/rules.zeren:1:4: 错误 [duplicate-document] 文件名“重名办法”在多个文件中声明：../a/rules.zeren 也声明了它',
        ]);
        expect(zh.code).toBe(1);
        const en = zeren(['check', '.', '--lang', 'en'], { cwd: dir });
        expect(en.stdout).toContain("a/rules.zeren:1:4: error [duplicate-document] The document name '重名办法' is declared in more than one file: ../b/rules.zeren declares it too");
    });

    it('zeren test refuses to pick one of them', () => {
        const r = zeren(['test', '.'], { cwd: dir });
        expect(r.code).toBe(2);
        expect(r.stdout + r.stderr).toContain('[duplicate-document]');
        expect(r.stdout).not.toMatch(/passed/);
    });
});
