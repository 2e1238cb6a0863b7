/**
 * Activation as VS Code counts it: loading the extension's code, then its activate() call — not
 * the time the extension host takes between the two (it loads modules and calls activate when its
 * own schedule allows, which made a single start-to-end figure swing from 14 to 430 ms in the same
 * code-server). The bundle's first line sets __zerenLoadStart (extension/scripts/build.mjs).
 */
declare const __zerenLoadStart: number | undefined;

export interface ActivationTiming {
    /** From the bundle's first line to the end of the entry module's imports. */
    loadMs: number;
    /** When activate() was called. */
    activateStart: number;
}

/** Call at the top of the entry module, after its imports. */
export function codeLoadingMs(): number {
    return typeof __zerenLoadStart === 'number' ? performance.now() - __zerenLoadStart : 0;
}
