import type { LangiumSharedServices } from 'langium/lsp';
import { setLang } from '../validation/diagnostic-conversion.js';

/**
 * Server messages follow the client's display language: VS Code sends `locale` in the
 * initialize request ("zh-cn", "en"...). `initializationOptions.lang` overrides it (tests, Neovim).
 */
export function followClientLocale(shared: LangiumSharedServices): void {
    shared.lsp.LanguageServer.onInitialize(params => {
        const explicit = (params.initializationOptions as { lang?: string } | undefined)?.lang;
        const locale = (explicit ?? params.locale ?? 'zh').toLowerCase();
        setLang(locale.startsWith('zh') ? 'zh' : 'en');
    });
}
