import type { Rng } from './prng.js';

/** Tokens as a mutator sees them: CJK or ASCII words, numbers, whitespace runs, single other characters. */
export function tokenize(text: string): string[] {
    return text.match(/[\u3400-\u9fff\uf900-\ufaff_a-zA-Z][\u3400-\u9fff\uf900-\ufaff_a-zA-Z0-9]*|\d+(?:\.\d+)?|\s+|[\s\S]/gu) ?? [];
}

export const KEYWORDS = [
    '文件', '主体', '事实', '派生', '得分', '等次', '一票否决', '例外', '排除', '后果', '措施', '场景集', '场景', '期望', '针对', '对', '按',
    '当', '且', '或', '非', '任一', '占', '加分', '每项', '上限', '范围', '默认', '可无', '序列', '列表', '小数(2)', '整数', '布尔', '是', '否',
    '≥', '≤', '<', '>', '=', '≠', '%', '〔第二十条〕', '（一）', '{', '}', '(', ')', '[', ']', '"', '..', '、', ';', '：', '/',
];

const ODD = ['\u0000', '\u200b', '\ufeff', '\ud800', '\udc00', '😀', '𠀀', '\u202e', '\r', '\t', '\\', '〕', '〔', '（', '）', '＂', '“', '”', '·', 'Ⅻ', '１２'];

export type Operator = 'delete' | 'duplicate' | 'swap' | 'truncate' | 'unicode' | 'cjk' | 'huge-number' | 'deep-nesting' | 'keyword' | 'splice';
export const OPERATORS: Operator[] = ['delete', 'duplicate', 'swap', 'truncate', 'unicode', 'cjk', 'huge-number', 'deep-nesting', 'keyword', 'splice'];

const digits = (r: Rng, n: number) => {
    let s = String(r.int(1, 9));
    while (s.length < n) s += String(r.int(0, 9)).repeat(Math.min(n - s.length, r.int(1, 50)));
    return s;
};

/** One mutant of `text` by `op` (1–3 edits of that kind). */
export function mutate(text: string, op: Operator, r: Rng, full: boolean): string {
    const t = tokenize(text);
    if (t.length === 0) return text;
    const at = () => r.int(0, t.length - 1);
    const edits = r.int(1, 3);
    for (let e = 0; e < edits; e++) {
        switch (op) {
            case 'delete': t.splice(at(), r.int(1, 3)); break;
            case 'duplicate': { const i = at(); t.splice(i, 0, ...t.slice(i, i + r.int(1, 4))); break; }
            case 'swap': { const i = at(), j = r.next() < 0.5 ? Math.min(t.length - 1, i + 2) : at(); [t[i], t[j]] = [t[j], t[i]]; break; }
            case 'truncate': return t.slice(0, at()).join('');
            case 'unicode': t.splice(at(), r.int(0, 1), r.pick(ODD).repeat(r.int(1, 3))); break;
            case 'cjk': t.splice(at(), r.int(0, 1), String.fromCodePoint(...Array.from({ length: r.int(1, 6) }, () => r.int(0x4e00, 0x9fff)))); break;
            case 'huge-number': {
                const nums = t.map((x, i) => (/^\d/.test(x) ? i : -1)).filter(i => i >= 0);
                const i = nums.length ? r.pick(nums) : at();
                const n = r.int(20, full ? 1000 : 200);
                t[i] = r.next() < 0.5 ? digits(r, n) : `${digits(r, r.int(1, 40))}.${digits(r, n)}`;
                break;
            }
            case 'deep-nesting': {
                const i = at();
                const depth = r.int(10, full ? 3000 : 300);
                t[i] = `${'('.repeat(depth)}${t[i]}${r.next() < 0.8 ? ')'.repeat(depth) : ''}`;
                break;
            }
            case 'keyword': t.splice(at(), r.int(0, 1), ` ${r.pick(KEYWORDS)} `); break;
            case 'splice': { const i = at(), j = at(); t.splice(i, 0, ...t.slice(j, j + r.int(2, 30))); break; }
        }
    }
    return t.join('');
}
