import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDocuments, renderDiff } from '@zeren/diff';
import { ROOT, documentsOf, read } from './helpers.js';

const ZHUIJIU = path.join(ROOT, 'examples/city/zhuijiu-2015/rules.zeren');
const YIAN = path.join(ROOT, 'examples/city/yian-shuangcha-2015/rules.zeren');

async function diffOf(file: string, edit: (text: string) => string): Promise<string[]> {
    const base = read(file);
    const revised = edit(base);
    expect(revised).not.toBe(base);
    const result = diffDocuments(await documentsOf(['a.zeren', base]), await documentsOf(['b.zeren', revised]));
    return renderDiff(result, 'zh');
}

describe('semantic diff of accountability rules', () => {
    it('an unchanged accountability document has no change', async () => {
        const a = await documentsOf(['a.zeren', read(ZHUIJIU)]);
        const b = await documentsOf(['b.zeren', read(ZHUIJIU)]);
        expect(diffDocuments(a, b).documents).toEqual([]);
    });

    it('a ban of 1 年内 that becomes 2 年内 is reported on that restriction only', async () => {
        const lines = await diffOf(ZHUIJIU, t => t.replace('所受组织处理 = 调整工作岗位 1 年内', '所受组织处理 = 调整工作岗位 2 年内'));
        expect(lines).toEqual([
            '文件 张掖市党风廉政建设责任追究办法：修改',
            '  第十四条 追究后果：调离后不得提拔 期限 1 年内 → 2 年内',
        ]);
    });

    it('a measure added to a severity level is reported per subject kind and level', async () => {
        const lines = await diffOf(ZHUIJIU, t => t.replace('情节较重： 通报批评\n', '情节较重： 通报批评 或 调整工作岗位\n'));
        expect(lines).toHaveLength(3);
        expect(lines[1]).toBe('  第七条 责任追究方式：党委班子·情节较重 措施 通报批评 → 通报批评 或 调整工作岗位');
        expect(lines[2]).toBe('  第七条 责任追究方式：纪委班子·情节较重 措施 通报批评 → 通报批评 或 调整工作岗位');
    });

    it('an added and a removed situation are reported by their clause labels', async () => {
        const added = await diffOf(ZHUIJIU, t => t.replace('    （十） 当 其他应追究主体责任情形\n', '    （十） 当 其他应追究主体责任情形\n    （十一） 当 政令不畅 且 造成恶劣影响\n'));
        expect(added).toEqual([
            '文件 张掖市党风廉政建设责任追究办法：修改',
            '  第五条 主体责任：新增 条款（十一） 当 政令不畅 且 造成恶劣影响',
        ]);
        const removed = await diffOf(ZHUIJIU, t => t.replace('    （九） 当 不支持巡视巡察或不整改\n', ''));
        expect(removed).toEqual([
            '文件 张掖市党风廉政建设责任追究办法：修改',
            '  第五条 主体责任：删除 条款（九） 当 不支持巡视巡察或不整改',
        ]);
    });

    it('a changed row of a 认定 is reported with its old and new condition', async () => {
        const lines = await diffOf(ZHUIJIU, t => t.replace('重要领导责任 〔第十条第二款〕 当 参与决策', '重要领导责任 〔第十条第二款〕 当 参与决策 且 非 直接主管'));
        expect(lines).toEqual([
            '文件 张掖市党风廉政建设责任追究办法：修改',
            '  第十条 领导责任：认定 重要领导责任 条件 参与决策 → 参与决策 且 非 直接主管',
        ]);
    });

    it('a circumstance removed from 从重或加重 is reported', async () => {
        const lines = await diffOf(ZHUIJIU, t => t.replace('        （二） 当 未及时处置致危害扩大或干扰追责\n', ''));
        expect(lines[1]).toBe('  第七条 责任追究方式：删除 从重或加重（二） 当 未及时处置致危害扩大或干扰追责');
    });

    it('a look-back window moved from 前 2 年度 to 前 3 年度 is reported', async () => {
        const lines = await diffOf(YIAN, t => t.replace('或 前 2 年度 当 决定提前检查', '或 前 3 年度 当 决定提前检查'));
        expect(lines).toEqual([
            '文件 张掖市一案双查工作暂行办法：修改',
            '  第六条 追责时间范围：必要时 前 2 年度 当 决定提前检查 → 前 3 年度 当 决定提前检查',
        ]);
    });
});
