import { URI } from 'langium';
import { createZerenCoreServices } from '@zeren/language';
import { median, now } from './lib/timing.js';

export interface ParseTiming {
    lines: number;
    /** Medians in ms. */
    parseMs: number;
    parseLinkMs: number;
    parseLinkValidateMs: number;
    /** Lowering to the IR after linking (not included in the other figures). */
    lowerMs: number;
    runs: number;
}

type Services = ReturnType<typeof createZerenCoreServices>;

/**
 * The floor an editor cannot beat: Langium's parser alone on the text; parse + scope + link
 * (document factory + DocumentBuilder without validation); the full build with Zeren's
 * validation (what the CLI and the server do); and lowering to the IR. Services are created and
 * warmed on a small text first so grammar set-up is not counted.
 */
export async function timeParse(text: string, runs: number, warmText: string): Promise<ParseTiming> {
    const parse: number[] = [], link: number[] = [], full: number[] = [], lower: number[] = [];
    for (let i = 0; i < runs; i++) {
        const a = await warmed(warmText);
        let t0 = now();
        const result = a.Zeren.parser.LangiumParser.parse(text);
        parse.push(now() - t0);
        if (result.lexerErrors.length || result.parserErrors.length) throw new Error('generated file does not parse');

        const doc = await build(a, text, `link-${i}`, false, link);
        t0 = now();
        a.Zeren.model.Models.ir(doc);
        lower.push(now() - t0);

        await build(await warmed(warmText), text, `full-${i}`, true, full);
    }
    return { lines: text.split('\n').length, parseMs: median(parse), parseLinkMs: median(link), parseLinkValidateMs: median(full), lowerMs: median(lower), runs };
}

async function warmed(warmText: string): Promise<Services> {
    const s = createZerenCoreServices();
    await build(s, warmText, `warm-${Math.random()}`, true, []);
    return s;
}

async function build(s: Services, text: string, name: string, validation: boolean, times: number[]) {
    const t0 = now();
    const doc = s.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/${name}.zeren`));
    s.shared.workspace.LangiumDocuments.addDocument(doc);
    await s.shared.workspace.DocumentBuilder.build([doc], { validation });
    times.push(now() - t0);
    return doc;
}
