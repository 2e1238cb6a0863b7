import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { zeren } from '../helpers/cli.js';
import { ROOT } from '../helpers/workspace.js';

// `zeren schema --facts <subject>`: a JSON Schema that accepts the example fact files and rejects
// the mistakes the fact-file reader rejects, checked with an independent validator (ajv).
const KAOHE = 'examples/city/kaohe-2015';
const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8')) as { facts: Record<string, unknown> };

function schemaOf(subject: string, ...args: string[]) {
    const r = zeren(['schema', '--facts', subject, ...args]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as { title: string; properties: { facts: { properties: Record<string, { description: string; enum?: unknown[] }> } } };
}

function errorsOf(schema: object, data: unknown): { instancePath: string; keyword: string }[] {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    return validate(data) ? [] : validate.errors!.map(e => ({ instancePath: decodeURIComponent(e.instancePath), keyword: e.keyword }));
}

describe('zeren schema --facts', () => {
    it('types each fact: the example fact files pass, mistakes fail at their path', () => {
        const schema = schemaOf('领导班子', KAOHE);
        expect(schema.title).toBe('领导班子的事实文件（张掖市党风廉政建设考核办法）');
        const team = readJson(`${KAOHE}/facts/team.json`);
        expect(errorsOf(schema, team)).toEqual([]);

        const bad = structuredClone(team);
        bad.facts['日常监督评价得分'] = 120;
        bad.facts['未声明的事实'] = 1;
        (bad.facts['成员'] as Record<string, unknown>[])[1]['所受党纪处分'] = '记大过';
        const errors = errorsOf(schema, bad);
        expect(errors).toContainEqual({ instancePath: '/facts/日常监督评价得分', keyword: 'maximum' });
        expect(errors).toContainEqual({ instancePath: '/facts', keyword: 'additionalProperties' });
        expect(errors).toContainEqual({ instancePath: '/facts/成员/1/所受党纪处分', keyword: 'enum' });
    });

    it('describes facts with their type, range and the articles that use them', () => {
        const facts = schemaOf('领导班子', KAOHE).properties.facts.properties;
        expect(facts['日常监督评价得分'].description).toBe('小数（至多 2 位），0..100。〔第十三条〕。用于 〔第十八条〕');
        const en = zeren(['schema', '--facts', '领导班子', KAOHE, '--lang', 'en']);
        expect(JSON.parse(en.stdout).properties.facts.properties['日常监督评价得分'].description).toBe('decimal (at most 2 places), 0..100. 〔第十三条〕. read by 〔第十八条〕');
    });

    it('validates a YAML fact file too (same data model)', () => {
        const schema = schemaOf('领导干部', KAOHE);
        const cadre = parseYaml(fs.readFileSync(path.join(ROOT, `${KAOHE}/facts/cadre.yaml`), 'utf8'));
        expect(errorsOf(schema, cadre)).toEqual([]);
        expect(errorsOf(schema, { ...cadre, subject: '领导班子' })).toContainEqual({ instancePath: '/subject', keyword: 'const' });
    });

    it('asks for --document when several documents declare the subject; unknown names exit 2', () => {
        const both = [KAOHE, 'examples/revisions/kaohe-illustrative'];
        const several = zeren(['schema', '--facts', '领导班子', ...both, '--lang', 'en']);
        expect(several.code).toBe(2);
        expect(several.stderr.trim()).toBe("Several documents declare the subject '领导班子' (张掖市党风廉政建设考核办法、考核办法修订示例): choose one with --document");
        expect(schemaOf('领导班子', ...both, '--document', '考核办法修订示例').title).toBe('领导班子的事实文件（考核办法修订示例）');
        const unknown = zeren(['schema', '--facts', '不存在', KAOHE]);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr.trim()).toMatch(/^规则中没有主体“不存在”（可用：班子成员、领导班子、领导干部、.*）$/);
        const noDoc = zeren(['schema', '--facts', '领导班子', KAOHE, '--document', '某文件']);
        expect(noDoc.code).toBe(2);
        expect(noDoc.stderr.trim()).toBe('没有文件“某文件”声明主体“领导班子”（声明它的文件：张掖市党风廉政建设考核办法）');
    });
});
