import { readFileSync } from 'node:fs';

export const RULES = 'examples/city/kaohe-2015/rules.zeren';
export const SCENARIOS = 'examples/city/kaohe-2015/editor-scenarios.zeren';

/** The fixture scenario file, copied next to the example rules in each harness. */
export const scenarioFixture = (): Record<string, string> => ({
    [SCENARIOS]: readFileSync(new URL('./fixtures/editor-scenarios.zeren', import.meta.url), 'utf8'),
});
