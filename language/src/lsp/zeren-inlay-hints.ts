import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { InlayHintAcceptor } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import type { ComponentIR, RuleIR } from '@zeren/model';
import { formatPercent } from '@zeren/model';
import { isComponent, isExpectation, isScenario } from '../generated/ast.js';
import { currentLang } from '../validation/diagnostic-conversion.js';
import { label } from './hover-labels.js';
import { irOf } from './ir-lookup.js';
import { ruleValue } from './outcome-values.js';
import type { ZerenLspServices } from './zeren-lsp-module.js';

/**
 * Inlay hints: after a nested component's weight, its weight in the total (占 40% → 总 28%);
 * after a scenario expectation, the value the evaluator actually produced.
 */
export class ZerenInlayHintProvider extends AbstractInlayHintProvider {
    constructor(private readonly services: ZerenLspServices) {
        super();
    }

    override computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        if (isComponent(node)) this.effectiveWeight(node, accept);
        else if (isExpectation(node)) this.evaluated(node, accept);
    }

    private effectiveWeight(node: AstNode, accept: InlayHintAcceptor): void {
        // Top-level weights are already their share of the total.
        if (!isComponent(node.$container)) return;
        const ir = irOf<ComponentIR>(this.services, node);
        const weight = GrammarUtils.findNodeForProperty(node.$cstNode, 'weight');
        if (!ir || !weight) return;
        const lang = currentLang();
        accept({
            position: weight.range.end,
            label: lang === 'zh' ? `总 ${formatPercent(ir.effectiveWeight)}` : `total ${formatPercent(ir.effectiveWeight)}`,
            kind: InlayHintKind.Type,
            paddingLeft: true,
        });
    }

    private evaluated(node: AstNode & { target: { ref?: AstNode } }, accept: InlayHintAcceptor): void {
        const scenario = AstUtils.getContainerOfType(node, isScenario);
        const rule = irOf<RuleIR>(this.services, node.target.ref);
        if (!scenario || !rule || !('kind' in rule) || !node.$cstNode) return;
        const lang = currentLang();
        const document = AstUtils.getDocument(node);
        const run = this.services.scenarios.Scenarios.run(document, lang, { suite: scenario.$container.name, scenario: scenario.name })[0];
        const value = run?.outcome ? ruleValue(run.outcome, rule, lang) : undefined;
        if (value === undefined) return;
        accept({ position: node.$cstNode.range.end, label: `${label('actual', lang)}: ${value}`, kind: InlayHintKind.Parameter, paddingLeft: true });
    }
}
