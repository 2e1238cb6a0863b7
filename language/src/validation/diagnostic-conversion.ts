import type { AstNode, DiagnosticInfo } from 'langium';
import type { Lang, Message, ZerenDiagnostic } from '@zeren/model';
import { render, renderBoth } from '@zeren/model';

let lang: Lang = 'zh';

/** The language of messages handed to Langium: set by the CLI (--lang) and the server (client locale). */
export function setLang(value: Lang): void {
    lang = value;
}

export function currentLang(): Lang {
    return lang;
}

/** Both renderings travel in the diagnostic's data, so clients and tests can show either. */
export function messageData(msg: Message): { code: string; zh: string; en: string; args: readonly string[] } {
    return { code: msg.code, ...renderBoth(msg), args: msg.args };
}

export function toLspDiagnosticInfo(d: ZerenDiagnostic, node: AstNode): { message: (l: Lang) => string; info: DiagnosticInfo<AstNode> } {
    return {
        message: l => render(d.message, l),
        info: {
            node,
            range: d.loc.range,
            code: d.code,
            data: { ...d.data, ...messageData(d.message) },
            // The other places involved (the refined rule in another file, the band above...).
            relatedInformation: d.related?.map(r => ({ location: { uri: r.loc.uri, range: r.loc.range }, message: render(r.message, lang) })),
        },
    };
}
