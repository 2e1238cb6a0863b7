import type { FileIR, ZerenDiagnostic } from '@zeren/model';
import { checkGrade } from './check-grades.js';
import { checkScore } from './check-scores.js';
import { checkVeto } from './check-vetoes.js';
import { checkSourceDrift } from './check-source-drift.js';
import { checkCitations, checkUnusedFacts } from './check-facts.js';
import { checkRuleCycles } from './check-cycles.js';
import { checkAccountabilityDocument } from './check-accountability.js';
import { checkRuleCondition } from './check-rule-conditions.js';

export { truthOf } from './condition-truth.js';
export { checkWorkspace } from './check-workspace.js';
export { guaranteedPerParentPeriod } from './conformance-frequency.js';
export { compareDurations } from './duration-compare.js';

/** The semantic checks of one lowered file; lowering has already reported type and reference errors. */
export function checkFile(file: FileIR): ZerenDiagnostic[] {
    const out: ZerenDiagnostic[] = [];
    for (const doc of file.documents) {
        for (const rule of doc.rules) {
            if (rule.kind === 'score') checkScore(rule, out);
            else if (rule.kind === 'grade') checkGrade(rule, out);
            else if (rule.kind === 'veto') checkVeto(rule, out);
            checkRuleCondition(rule, out);
            checkSourceDrift(rule, out);
        }
        if (!doc.referenceOnly) {
            checkUnusedFacts(doc, out);
            checkCitations(doc, out);
        }
        checkRuleCycles(doc, out);
        checkAccountabilityDocument(doc, out);
    }
    return out;
}
export { quantitiesInText } from './source-quantities.js';
export { satisfyingFacts } from './condition-assignment.js';
export { implication } from './condition-implication.js';
