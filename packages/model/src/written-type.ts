import type { TypeIR } from './ir.js';

/**
 * A type as written in a rule file (小数(2), 布尔, 类别 可无, 等次 X): the language's own words, the
 * same in Chinese and English messages and in a semantic diff.
 */
export function writtenType(t: TypeIR): string {
    switch (t.kind) {
        case 'int': return '整数';
        case 'dec': return `小数(${t.places})`;
        case 'ratio': return '比例';
        case 'bool': return '布尔';
        case 'date': return '日期';
        case 'datetime': return '日期时间';
        case 'log': return '记录';
        case 'text': return '文本';
        case 'enum': return t.optional ? `${t.decl.name} 可无` : t.decl.name;
        case 'list': return `列表 ${t.subject.name}`;
        case 'grade': return `等次 ${t.grade.name}`;
        case 'error': return '？';
        default: return (t as { kind: string }).kind;
    }
}
