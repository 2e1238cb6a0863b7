import type { Lang } from '@zeren/model';

export function helpText(lang: Lang): string {
    return lang === 'zh' ? `zeren — 责任：问责制度即规则

用法：
  zeren check <文件或目录…>                检查规则与场景文件（有错误时退出码 1）
  zeren test <文件或目录…> [--reporter text|junit|json] [-o 文件] [--explain] [--coverage]
                                           运行全部场景，输出“N passed, M failed”
  zeren run --facts <事实.json|yaml> <规则…> [--subject 主体] [--as-of 日期] [--explain] [--json] [-o 文件]
                                           对一个主体的事实进行评估（--as-of：只用该日有效的文件）
  zeren explain --facts <事实文件> <规则…>  同 run --explain
  zeren diff <旧> <新> [--impact] [--json] [--exit-code]
                                           比较两个文件或目录的规则（语义差异，不是文本差异）
  zeren diff --git <修订1> [<修订2>] [-- 路径…]
                                           比较两个 git 修订（省略修订2 则与工作区比较）
  zeren diff --textconv <文件>             输出规范化的规则清单，供 git diff 的 textconv 使用
  zeren diff … [--witness] [--suggest [--write]] [--format text|json|markdown]
                                           见证每项变化；列出并（--write）更新不再成立的期望；PR 评论格式
  zeren ledger <目录> [--check] [--seed 语料]  生成（或核对）量化条款台账 LEDGER.md
  zeren schema                             输出评估结果的 JSON Schema

选项：--lang zh|en（默认取 LANG 环境变量，否则中文）；--calendar 文件.json（工作日历调整，用于 run/test）
退出码：0 通过；1 发现问题；2 输入无效（不写出任何文件）` : `zeren — accountability measures as executable rules

Usage:
  zeren check <files or dirs…>             check rule and scenario files (exit 1 on errors)
  zeren test <files or dirs…> [--reporter text|junit|json] [-o file] [--explain] [--coverage]
                                           run every scenario; prints "N passed, M failed"
  zeren run --facts <facts.json|yaml> <rules…> [--subject NAME] [--as-of DATE] [--explain] [--json] [-o file]
                                           evaluate one subject's facts (--as-of: only documents in force that day)
  zeren explain --facts <facts> <rules…>   same as run --explain
  zeren diff <old> <new> [--impact] [--json] [--exit-code]
                                           semantic diff of two rule files or folders
  zeren diff --git <rev1> [<rev2>] [-- paths…]
                                           semantic diff of two git revisions (rev2 omitted: the work tree)
  zeren diff --textconv <file>             canonical listing of a file's rules, for git's textconv
  zeren diff … [--witness] [--suggest [--write]] [--format text|json|markdown]
                                           a witness per change; expectations to update (--write writes them); PR comment
  zeren ledger <dir> [--check] [--seed corpus]  write (or verify) the ledger LEDGER.md
  zeren schema                             print the JSON Schema of an outcome

Options: --lang zh|en (default from LANG, otherwise Chinese); --calendar file.json (working-day overrides, for run/test)
Exit codes: 0 ok; 1 problems found; 2 invalid input (nothing is written)`;
}
