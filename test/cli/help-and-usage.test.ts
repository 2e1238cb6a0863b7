import { describe, expect, it } from 'vitest';
import { zeren } from '../helpers/cli.js';

describe('zeren help, --version and usage errors', () => {
    it('zeren alone prints the command list and exits 0; --version prints the version', () => {
        const r = zeren([]);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('zeren check <文件或目录…>');
        expect(r.stdout).toContain('zeren help <命令>');
        const v = zeren(['--version']);
        expect(v.code).toBe(0);
        expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    });

    it('zeren help <command> and zeren <command> --help describe its arguments, options and examples', () => {
        const a = zeren(['help', 'test', '--lang', 'en']);
        const b = zeren(['test', '--help', '--lang', 'en']);
        expect(a.code).toBe(0);
        expect(a.stdout).toBe(b.stdout);
        expect(a.stdout).toContain('Usage: zeren test <files or dirs…>');
        expect(a.stdout).toContain('Arguments: ');
        expect(a.stdout).toMatch(/--reporter <text\|junit\|json>\s+output format/);
        expect(a.stdout).toContain('Examples:\n  zeren test examples');
        expect(zeren(['help', 'frob']).code).toBe(2);
    });

    it('usage errors name the valid values in the user\'s language, never Node\'s wording', () => {
        const reporter = zeren(['test', 'examples', '--reporter', 'xml']);
        expect(reporter.code).toBe(2);
        expect(reporter.stderr.trim()).toBe('选项 --reporter 的值“xml”无效；可用值：text, junit, json');
        const notFor = zeren(['check', 'examples', '--facts', 'f.json', '--lang', 'en']);
        expect(notFor.code).toBe(2);
        expect(notFor.stderr.trim()).toMatch(/^Option --facts does not apply to zeren check; its options: /);
        const missing = zeren(['run', 'examples', '--facts', '--lang', 'en']);
        expect(missing.stderr.trim()).toBe('Option --facts needs a value (FILE)');
        const unknown = zeren(['check', '--frob', 'examples']);
        expect(unknown.stderr.trim()).toMatch(/^未知选项“--frob”；zeren check 的选项：/);
        for (const r of [reporter, notFor, missing, unknown]) expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|To specify a positional|ambiguous/);
    });
});
