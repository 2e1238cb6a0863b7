import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zeren } from '../helpers/cli.js';

/** Outcome coverage: every outcome a rule can produce must occur in an asserting scenario, or be justified. */
const RULES = `文件 测试办法 { 标题 "测试" 发布 2015-01-01 层级 市 "测试市" }
主体 班子 {
    事实 分: 整数 范围 0..100
    事实 次数: 整数 范围 0..10
    事实 报告日期: 日期 可无 默认 无
    事实 事件日期: 日期
}
等次 档次 〔第一条〕 对 班子 按 分 { 好 ≥ 90; 差 }
一票否决 否决 〔第二条〕 对 班子 { （一） 当 次数 ≥ 2 }
期限 报告期限 〔第三条〕 对 班子 自 事件日期 起 15 日内 完成 报告日期
`;
const SCENARIOS = `场景集 集 针对 测试办法 {
    场景 "好、不否决、按时" 对 班子 截至 2015-12-31 {
        事实 { 分 = 95; 次数 = 0; 事件日期 = 2015-03-02; 报告日期 = 2015-03-10 }
        期望 { 档次 = 好; 否决 = 否; 报告期限 = 按时 }
    }
    场景 "否决" 对 班子 截至 2015-12-31 {
        事实 { 分 = 95; 次数 = 2; 事件日期 = 2015-03-02; 报告日期 = 2015-03-10 }
        期望 { 否决 = 是 条款 （一） }
    }
}
`;

function folder(notEncoded?: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-cov-'));
    fs.writeFileSync(path.join(dir, 'rules.zeren'), RULES);
    fs.writeFileSync(path.join(dir, 'scenarios.zeren'), SCENARIOS);
    if (notEncoded) fs.writeFileSync(path.join(dir, 'NOT-ENCODED.md'), notEncoded);
    return dir;
}

describe('zeren test --coverage: outcomes, like branch coverage', () => {
    it('lists each band, each clause side and each deadline status no asserting scenario reached', () => {
        const r = zeren(['test', folder(), '--coverage']);
        expect(r.stdout).toContain('测试办法: 4/8 已覆盖，0 项说明不能出现，50.0%');
        for (const missing of ['档次 = 差', '报告期限 = 逾期', '报告期限 = 未到期', '报告期限 = 逾期未完成']) expect(r.stdout).toContain(`未覆盖 ${missing}`);
        expect(r.stdout).not.toContain('未覆盖 否决 = （一） 成立');
        expect(r.stdout).not.toContain('未覆盖 否决 = （一） 不成立');
    });

    it('--coverage-min fails below the minimum and passes at it; a justified outcome counts and is shown with its reason', () => {
        expect(zeren(['test', folder(), '--coverage-min', '50']).code).toBe(0);
        const below = zeren(['test', folder(), '--coverage-min', '50.1', '--lang', 'en']);
        expect(below.code).toBe(1);
        expect(below.stdout).toContain('outcome coverage 50.0% is below --coverage-min 50.1%');
        const justified = folder(['# x', '', '## Outcomes that cannot occur', '', '| rule | outcome | reason |', '|---|---|---|',
            '| 报告期限 | 未到期 | 场景的截至日总在期满之后（示例） |', '| 档次 | 中 | 没有这一档 |', ''].join('\n'));
        const r = zeren(['test', justified, '--coverage-min', '62.5']);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('测试办法: 4/8 已覆盖，1 项说明不能出现，62.5%');
        expect(r.stdout).toContain('不能出现 报告期限 = 未到期：场景的截至日总在期满之后（示例）');
        expect(r.stdout).toMatch(/NOT-ENCODED\.md:8: 说明的结果不存在：档次 = 中/);
    });

    it('a minimum that is not a percentage is a usage error', () => {
        const r = zeren(['test', folder(), '--coverage-min', '101']);
        expect(r.code).toBe(2);
        expect(r.stderr + r.stdout).toContain('--coverage-min');
    });
});
