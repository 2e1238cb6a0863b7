/**
 * The number in 第二十二条 or （十四）, so articles and clauses sort as the text reads
 * (第九条 before 第十条) rather than by code point. Arabic digits are accepted too.
 */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function chineseNumber(text: string): number | undefined {
    const arabic = /[0-9]+/.exec(text);
    if (arabic) return Number(arabic[0]);
    const chars = [...text].filter(c => c in DIGIT || c in UNIT);
    if (chars.length === 0) return undefined;
    let total = 0;
    let digit = 0;
    for (const c of chars) {
        if (c in DIGIT) {
            digit = DIGIT[c];
        } else {
            // 十 alone means 10 (十四 = 14): an implicit leading 1.
            total += (digit || 1) * UNIT[c];
            digit = 0;
        }
    }
    return total + digit;
}
