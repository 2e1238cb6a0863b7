import type { LangiumSharedServices } from 'langium/lsp';
import type { Lang } from '@zeren/model';
import { currentLang, setLang } from '../validation/diagnostic-conversion.js';
import { revalidateAll } from './zeren-revalidate.js';

/** The `zeren.language` setting: `auto` follows the client's display language. */
export type LanguageSetting = 'auto' | 'zh' | 'en';

const toLang = (locale: string): Lang => (locale.toLowerCase().startsWith('zh') ? 'zh' : 'en');

/**
 * Server messages follow the client's display language: VS Code sends `locale` in the
 * initialize request ("zh-cn", "en"...). `initializationOptions.lang` overrides it (tests, Neovim).
 * The `zeren.language` setting (workspace/configuration, workspace/didChangeConfiguration)
 * overrides both; when it changes, every file is validated again so its diagnostics are
 * published in the new language without a restart.
 */
export function followClientLocale(shared: LangiumSharedServices): void {
    let clientLang: Lang = 'zh';
    shared.lsp.LanguageServer.onInitialize(params => {
        const explicit = (params.initializationOptions as { lang?: string } | undefined)?.lang;
        clientLang = toLang(explicit ?? params.locale ?? 'zh');
        setLang(clientLang);
    });
    const apply = (setting: unknown): void => {
        const wanted = setting === 'zh' || setting === 'en' ? setting : clientLang;
        if (wanted === currentLang()) return;
        setLang(wanted);
        void revalidateAll(shared);
    };
    const config = shared.workspace.ConfigurationProvider;
    // The first reading of the settings (a pull at start-up) fires no update event.
    void config.ready.then(async () => apply(await config.getConfiguration('zeren', 'language')));
    config.onConfigurationSectionUpdate(update => {
        if (update.section === 'zeren') apply((update.configuration as { language?: unknown } | undefined)?.language);
    });
}
