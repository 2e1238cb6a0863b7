import type { AstNode, Cancellation, ReferenceInfo } from 'langium';
import { interruptAndCheck, isAstNode, isMultiReference, isReference } from 'langium';

/**
 * Every cross-reference of a syntax tree, in the order Langium's streamAst + streamReferences
 * yields them (each node before its children, properties in key order). One plain recursive
 * pass: Langium's lazy streams allocate iterator state per node and per property, so on a
 * 20,000-line file its walk (for the linker, again for the reference index) cost about as much as
 * resolving all the references. Computed once per parse: the tree does not change after parsing.
 */
export function referencesInOrder(root: AstNode): readonly ReferenceInfo[] {
    let found = byRoot.get(root);
    if (!found) byRoot.set(root, (found = collect(root, [])));
    return found;
}

const byRoot = new WeakMap<AstNode, ReferenceInfo[]>();

/** How many references are handled between two checks for cancellation (and yields to the event loop). */
const REFERENCES_PER_CHECK = 200;

/** `visit` on each reference in order, checking for cancellation as Langium's walks do. */
export async function forEachReference(root: AstNode, cancelToken: Cancellation.CancellationToken, visit: (reference: ReferenceInfo) => void): Promise<void> {
    const references = referencesInOrder(root);
    for (let i = 0; i < references.length; i++) {
        if (i % REFERENCES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
        visit(references[i]);
    }
}

function collect(node: AstNode, out: ReferenceInfo[]): ReferenceInfo[] {
    const record = node as unknown as Record<string, unknown>;
    const keys = Object.keys(node);
    for (const property of keys) {
        if (property.charCodeAt(0) === DOLLAR) continue;
        const value = record[property];
        if (isReference(value) || isMultiReference(value)) out.push({ reference: value, container: node, property });
        else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element: unknown = value[index];
                if (isReference(element) || isMultiReference(element)) out.push({ reference: element, container: node, property, index });
            }
        }
    }
    for (const property of keys) {
        if (property.charCodeAt(0) === DOLLAR) continue;
        const value = record[property];
        if (isAstNode(value)) collect(value, out);
        else if (Array.isArray(value)) for (const element of value) if (isAstNode(element)) collect(element, out);
    }
    return out;
}

/** `$type`, `$container`, `$cstNode`…: Langium's own properties, never children or references. */
const DOLLAR = '$'.charCodeAt(0);
