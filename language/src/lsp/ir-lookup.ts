import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { ComponentIR } from '@zeren/model';
import { formatPercent } from '@zeren/model';
import { isComponent } from '../generated/ast.js';
import type { ZerenServices } from '../zeren-module.js';

/** The semantic-model object lowered from an AST node, in whichever file the node lives. */
export function irOf<T>(services: ZerenServices, node: AstNode | undefined): T | undefined {
    if (!node) return undefined;
    const document = AstUtils.getDocument(node);
    return services.model.Models.lowered(document).irOf.get(node) as T | undefined;
}

/** "70% × 40% = 28%" for a nested component; just "20%" at the top level. */
export function weightPath(services: ZerenServices, node: AstNode): string | undefined {
    const own = irOf<ComponentIR>(services, node);
    if (!own) return undefined;
    const chain: ComponentIR[] = [];
    for (let n: AstNode | undefined = node; n && isComponent(n); n = n.$container) {
        const ir = irOf<ComponentIR>(services, n);
        if (ir) chain.unshift(ir);
    }
    if (chain.length < 2) return formatPercent(own.effectiveWeight);
    return `${chain.map(c => formatPercent(c.weight)).join(' × ')} = ${formatPercent(own.effectiveWeight)}`;
}
