import { URI } from 'langium';
import type { FactValue } from '@zeren/model';
import { createZerenCoreServices } from '@zeren/language';
import { exampleFiles } from './examples.js';

let cached: Promise<Map<string, Map<string, FactValue>>> | undefined;

/** Facts of the examples' scenarios by subject name (the first scenario of each subject): rule mutants are evaluated on them. */
export function scenarioFacts(): Promise<Map<string, Map<string, FactValue>>> {
    cached ??= (async () => {
        const { shared, Zeren } = createZerenCoreServices();
        const docs = exampleFiles().map(f => {
            const d = shared.workspace.LangiumDocumentFactory.fromString(f.text, URI.file(f.file));
            shared.workspace.LangiumDocuments.addDocument(d);
            return d;
        });
        await shared.workspace.DocumentBuilder.build(docs, { validation: false });
        const out = new Map<string, Map<string, FactValue>>();
        for (const d of docs) for (const suite of Zeren.model.Models.ir(d).suites) for (const s of suite.scenarios) if (!out.has(s.subject.name)) out.set(s.subject.name, s.facts);
        return out;
    })();
    return cached;
}

export async function factsBySubject(): Promise<(subject: string) => Map<string, never> | undefined> {
    const facts = await scenarioFacts();
    return subject => facts.get(subject) as Map<string, never> | undefined;
}
