import type { DocumentIR, ScenarioSuiteIR } from '@zeren/model';

/**
 * One side of a diff as the diff needs it: files with their documents, scenario suites and
 * error diagnostics. Loading (parsing, linking, lowering) lives in @zeren/language, which
 * imports this package for its diff view; the diff receives a loader (SideLoader) so it never
 * depends on the language package.
 */

/** A file of one side of a diff: from disk, from a git revision, or from an editor buffer. */
export interface SourceFile {
    /** As shown to the user: relative to the working directory or to the repository root. */
    path: string;
    text: string;
}

export interface SideDiagnostic {
    file: string;
    line: number;
    character: number;
    code: string;
    message: string;
    /** Syntax and reference errors: the semantic model of the file is incomplete. */
    fatal: boolean;
}

export interface LoadedFile {
    path: string;
    text: string;
    documents: DocumentIR[];
    suites: ScenarioSuiteIR[];
    diagnostics: SideDiagnostic[];
}

export interface LoadedSide {
    files: LoadedFile[];
    documentIR(name: string): DocumentIR | undefined;
}

/** Loads a set of files as one workspace of their own (see loadSide in @zeren/language). */
export type SideLoader = (files: SourceFile[]) => Promise<LoadedSide>;

export function sideDocuments(side: LoadedSide, only?: (file: LoadedFile) => boolean): DocumentIR[] {
    return side.files.filter(f => !only || only(f)).flatMap(f => f.documents);
}
