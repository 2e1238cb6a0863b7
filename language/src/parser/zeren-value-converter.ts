import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';

/**
 * Keeps every INT as the text written. Langium converts a terminal named INT with Number() by its
 * name alone, so 10^21 became "1e+21" inside Num and lost its digits; lowering reads numbers
 * exactly from their text (lowering/numbers.ts) and reports those it cannot represent.
 */
export class ZerenValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'INT') return input;
        return super.runConverter(rule, input, cstNode);
    }
}
