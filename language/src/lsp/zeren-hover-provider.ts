import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { HoverProvider } from 'langium/lsp';
import type {
    Annotated, DerivedIR, DocumentIR, FactIR, GradeIR, Lang, RestrictionIR, RuleIR, SubjectIR, TypeDeclIR, VetoClauseIR, VetoExceptionIR,
} from '@zeren/model';
import { formatCitation, formatRational, writtenType } from '@zeren/model';
import type { Band, Scenario } from '../generated/ast.js';
import { isBand, isComponent, isDeadline, isExpectation, isFrequency, isGrade, isScenario } from '../generated/ast.js';
import { currentLang } from '../validation/diagnostic-conversion.js';
import { citationHover } from './citation-hover.js';
import { label } from './hover-labels.js';
import { annotated, bookTitle } from './hover-text.js';
import { irOf, weightPath } from './ir-lookup.js';
import { ruleValue } from './outcome-values.js';
import { deadlineRuleText, deadlineSteps, frequencyRuleText, notApplicableReason, restrictionPeriodText, ruleHead } from './rule-text.js';
import type { ZerenLspServices } from './zeren-lsp-module.js';

/**
 * Hovers read the semantic model, never the text: a rule shows its citation, the quoted source
 * text (原文) and interpretation notes (注); a component its weight in the total; in a scenario,
 * the evaluated result beside the expectation.
 */
export class ZerenHoverProvider implements HoverProvider {
    constructor(private readonly services: ZerenLspServices) {}

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        if (!leaf) return undefined;
        const lang = currentLang();
        const parts: string[] = [];
        const scenario = AstUtils.getContainerOfType(leaf.astNode, isScenario);
        if (scenario && leaf.astNode === scenario && GrammarUtils.findNodeForProperty(scenario.$cstNode, 'name') === leaf) {
            parts.push(this.scenarioHover(document, scenario, lang));
        } else if (leaf.tokenType?.name === 'CITATION') {
            parts.push(citationHover(this.services, document, leaf.text, lang));
        } else if (isComponent(leaf.astNode) && within(leaf, GrammarUtils.findNodeForProperty(leaf.astNode.$cstNode, 'weight'))) {
            parts.push(this.componentHover(leaf.astNode, lang) ?? '');
        } else {
            for (const target of this.services.references.References.findDeclarations(leaf)) {
                const text = this.describe(target, lang);
                if (text) parts.push(text);
            }
            if (scenario && isExpectation(leaf.astNode)) parts.push(this.expectationHover(document, scenario, leaf.astNode.target.ref, lang));
        }
        const value = parts.filter(Boolean).join('\n\n---\n\n');
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    private describe(node: AstNode, lang: Lang): string | undefined {
        if (isComponent(node)) return this.componentHover(node, lang);
        if (isBand(node)) return this.bandHover(node, lang);
        const ir = irOf<{ kind?: string } & Partial<Annotated>>(this.services, node);
        if (!ir) return undefined;
        switch (node.$type) {
            case 'Document': return this.documentHover(ir as unknown as DocumentIR, lang);
            case 'Fact': return this.factHover(ir as FactIR, lang);
            case 'Derived': return annotated(`**${(ir as DerivedIR).name}** = \`${node.$cstNode?.text.split('=')[1]?.split(/\n/)[0]?.trim() ?? ''}\``, ir as DerivedIR, lang);
            case 'Subject': {
                const s = ir as unknown as SubjectIR;
                return annotated(`**${s.name}** ${formatCitation(s.citation)}\n\n${label('facts', lang)}: ${s.facts.map(f => f.name).join('、')}`, s, lang);
            }
            case 'Enumeration':
            case 'Scale': return this.typeHover(ir as unknown as TypeDeclIR, lang);
            case 'EnumValue': {
                const v = ir as unknown as { decl: TypeDeclIR; index: number };
                return v.decl.values.map((x, i) => (i === v.index ? `**${x}**` : x)).join(v.decl.kind === 'scale' ? ' < ' : '、') + `\n\n${v.decl.name}`;
            }
            case 'Restriction': {
                const r = ir as RestrictionIR;
                return annotated(`**${r.name}** ${formatCitation(r.citation)}\n\n“${r.measure}”\n\n${restrictionPeriodText(r.period, lang)}`, r, lang);
            }
            case 'VetoClause': return annotated(`**${(ir as VetoClauseIR).label}** ${formatCitation((ir as VetoClauseIR).citation)}`, ir as VetoClauseIR, lang);
            case 'VetoException': {
                const e = ir as VetoExceptionIR;
                return annotated(`**例外 ${e.name}** ${formatCitation(e.citation)}\n\n${label('overrides', lang)}: ${e.targets.join('、')}`, e, lang);
            }
            default: return 'kind' in ir && ir.kind ? this.ruleHover(ir as RuleIR, lang, conditionText(node)) : undefined;
        }
    }

    private ruleHover(rule: RuleIR, lang: Lang, condition?: string): string {
        const doc = this.services.model.Models.documentIR(rule.document);
        let head = `**${ruleHead(rule)} ${rule.name}** ${formatCitation(rule.citation)}`;
        if (doc?.title) head += `\n\n${bookTitle(doc.title)}`;
        if (rule.kind === 'grade') head += `\n\n${label('bands', lang)}: ${bandsText(rule)}`;
        if (rule.kind === 'veto') head += `\n\n${label('clauses', lang)}: ${rule.clauses.map(c => c.label).join('')}`;
        if (rule.kind === 'deadline') head += `\n\n${label('computed', lang)}: ${deadlineRuleText(rule, lang, condition)}`;
        if (rule.kind === 'frequency') head += `\n\n${label('counted', lang)}: ${frequencyRuleText(rule, lang, condition)}`;
        return annotated(head, rule, lang);
    }

    private componentHover(node: AstNode, lang: Lang): string | undefined {
        const ir = irOf<Annotated & { name: string }>(this.services, node);
        const path = weightPath(this.services, node);
        if (!ir || !path) return undefined;
        return annotated(`**${ir.name}** ${formatCitation(ir.citation)}\n\n${label('weight', lang)}: ${path} ${label('effectiveWeight', lang)}`, ir, lang);
    }

    private bandHover(band: Band, lang: Lang): string | undefined {
        const grade = AstUtils.getContainerOfType(band, isGrade);
        const ir = irOf<GradeIR>(this.services, grade);
        if (!ir) return undefined;
        return `**${band.name}** — ${ir.name} ${formatCitation(ir.citation)}\n\n${label('bands', lang)}: ${bandsText(ir, band.name)}`;
    }

    private factHover(f: FactIR, lang: Lang): string {
        const lines = [`**${f.name}** ${formatCitation(f.citation)}`, `${label('type', lang)}: ${writtenType(f.type)}`];
        if (f.min || f.max) lines.push(`${label('range', lang)}: ${f.min ? formatRational(f.min) : ''}..${f.max ? formatRational(f.max) : ''}`);
        if (f.default) lines.push(`${label('default', lang)}: ${defaultText(f.default)}`);
        return annotated(lines.join('\n\n'), f, lang);
    }

    private documentHover(d: DocumentIR, lang: Lang): string {
        const rows: [string, string | undefined][] = [
            [label('number', lang), d.number], [label('issuer', lang), d.issuer], [label('issued', lang), d.issued],
            [label('effective', lang), d.effective], [label('level', lang), [d.level, d.jurisdiction].filter(Boolean).join(' ')],
        ];
        return [`**${bookTitle(d.title ?? d.name)}**`, ...rows.filter(r => r[1]).map(([k, v]) => `${k}: ${v}`)].join('\n\n');
    }

    private typeHover(t: TypeDeclIR, lang: Lang): string {
        const values = t.kind === 'scale' ? `${label('scaleOrder', lang)}: ${t.values.join(' < ')}` : t.values.join('、');
        return annotated(`**${t.name}** ${formatCitation(t.citation)}\n\n${values}`, t, lang);
    }

    private scenarioHover(document: LangiumDocument, scenario: Scenario, lang: Lang): string {
        const run = this.services.scenarios.Scenarios.run(document, lang, { suite: scenario.$container.name, scenario: scenario.name })[0];
        if (!run) return '';
        const status = run.passed ? `✓ ${label('passed', lang)}` : `✗ ${label('failed', lang)}`;
        const failures = run.failures.map(f => `- ${lang === 'zh' ? f.zh : f.en}`).join('\n');
        return [`**场景 ${run.scenario}** — ${status}`, failures, '```text\n' + run.explanation + '\n```'].filter(Boolean).join('\n\n');
    }

    private expectationHover(document: LangiumDocument, scenario: Scenario, target: AstNode | undefined, lang: Lang): string {
        const rule = irOf<RuleIR>(this.services, target);
        if (!rule || !('kind' in rule)) return '';
        const run = this.services.scenarios.Scenarios.run(document, lang, { suite: scenario.$container.name, scenario: scenario.name })[0];
        const value = run?.outcome ? ruleValue(run.outcome, rule, lang) : undefined;
        if (value === undefined) return '';
        const steps = run?.outcome && target ? [...notApplicableReason(run.outcome, rule, conditionText(target), lang), ...deadlineSteps(run.outcome, rule, lang)] : [];
        return [`${label('actual', lang)}: **${value}**`, ...steps.map(s => `- ${s}`)].join('\n\n');
    }
}

/** Whether a leaf lies inside a CST node (a weight literal is a number and a % sign). */
function within(leaf: CstNode, node: CstNode | undefined): boolean {
    return !!node && leaf.offset >= node.offset && leaf.end <= node.end;
}

/** The 当 condition of a deadline or frequency as written, on one line. */
function conditionText(node: AstNode): string | undefined {
    const condition = isDeadline(node) || isFrequency(node) ? node.condition?.$cstNode?.text : undefined;
    return condition?.replace(/\s+/g, ' ').trim();
}

function bandsText(g: GradeIR, highlight?: string): string {
    return g.bands
        .map(b => {
            const text = b.bound ? `${b.name} ${b.op === '>' ? '>' : '≥'} ${formatRational(b.bound)}` : b.name;
            return b.name === highlight ? `**${text}**` : text;
        })
        .join('；');
}

function defaultText(v: NonNullable<FactIR['default']>): string {
    switch (v.kind) {
        case 'number': return formatRational(v.value);
        case 'bool': return v.value ? '是' : '否';
        case 'enum': return v.label;
        case 'absent': return '无';
        case 'ratio': return `${v.num}/${v.den}`;
        case 'list': return '[…]';
        default: return 'value' in v ? String(v.value) : '…';
    }
}
