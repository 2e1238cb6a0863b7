/**
 * Every message a user can see, in zh-CN and en, keyed by a stable code. Diagnostics carry
 * the code and its arguments; the language is chosen only when the message is shown.
 */
export type Lang = 'zh' | 'en';

const CATALOG = {
    // ---- syntax and references
    'syntax-error': ['语法错误：{0}', 'Syntax error: {0}'],
    'syntax-unexpected': ['语法错误：此处不应出现“{0}”', 'Syntax error: unexpected \'{0}\''],
    'syntax-expected': ['语法错误：此处应为 {0}，实际为“{1}”', 'Syntax error: expected {0} but found \'{1}\''],
    'nesting-too-deep': ['语法错误：嵌套超过 {0} 层（括号、连续的“非”或连续的运算）', 'Syntax error: nested more than {0} levels deep (brackets, a run of 非, or a chain of operators)'],
    'parser-failed': ['语法错误：无法解析此文件', 'Syntax error: this file cannot be parsed'],
    'number-too-long': ['数值“{0}…”超过 {1} 位数字', 'The number \'{0}…\' has more than {1} digits'],
    'syntax-end': ['语法错误：文件意外结束', 'Syntax error: unexpected end of file'],
    'lex-error': ['无法识别的字符“{0}”', 'Unrecognised character \'{0}\''],
    'unresolved-reference': ['未知引用“{0}”', 'Unknown reference \'{0}\''],
    'keyword-glued': ['未知引用“{0}”：关键字“{1}”与标识符之间需要空格或标点', 'Unknown reference \'{0}\': separate the keyword \'{1}\' from the identifier with a space or punctuation'],
    // Parse errors in words (language/src/validation/syntax-messages.ts); their diagnostics keep the family code above.
    'syntax-ascii-clause-label': ['语法错误：条款编号“{0}”用了半角括号，应写作“{1}”（全角括号）', 'Syntax error: the clause label \'{0}\' uses ASCII parentheses; write \'{1}\' (full-width)'],
    'syntax-missing-brace': ['语法错误：缺少“}”：第 {0} 行“{1}”的“{”在此之前没有闭合', 'Syntax error: missing \'}\': the \'{\' of \'{1}\' on line {0} is not closed before here'],
    'syntax-missing-dang': ['语法错误：条件前缺少“当”，应写作“当 {0}”', 'Syntax error: missing \'当\' before the condition; write \'当 {0}\''],
    'syntax-missing-subject': ['语法错误：缺少“对 主体”：规则名和条文引用之后应写“对 主体名”，实际为“{0}”', 'Syntax error: missing \'对 <subject>\' after the rule\'s name and citation; found \'{0}\''],
    'syntax-missing-done': ['语法错误：期限缺少“完成”：期限之后写“完成 完成日期”，实际为“{0}”', 'Syntax error: the deadline lacks \'完成\': after the period write \'完成 <completion date>\'; found \'{0}\''],
    'syntax-misplaced-refine': ['语法错误：“细化”的位置不对：规则写作“名称 〔条文〕 对 主体 细化 文件.规则”，条款写作“（三） 细化 （二） 当 …”', 'Syntax error: \'细化\' is misplaced: a rule reads \'name 〔article〕 对 subject 细化 document.rule\', a clause \'（三） 细化 （二） 当 …\''],
    'syntax-veto-body': ['语法错误：一票否决中此处应为条款（如“（一） 当 条件”）、“例外”或“}”，实际为“{0}”', 'Syntax error: in a 一票否决 a clause (as \'（一） 当 condition\'), an exception (例外) or \'}\' is expected here, found \'{0}\''],
    'syntax-not-a-construct': ['语法错误：“{0}”不能开始一项声明：此处应为“文件”“主体”“得分”“期限”等关键字', 'Syntax error: \'{0}\' cannot start a declaration; a keyword such as 文件, 主体, 得分 or 期限 is expected here'],
    'syntax-expected-expression': ['语法错误：此处应为条件或表达式，实际为“{0}”', 'Syntax error: a condition or an expression is expected here, found \'{0}\''],
    'syntax-expected-value': ['语法错误：此处应为值（数字、是/否、日期、带引号的文本、列表等），实际为“{0}”', 'Syntax error: a value (a number, 是/否, a date, quoted text, a list …) is expected here, found \'{0}\''],
    'syntax-expected-words': ['语法错误：此处应为{0}，实际为“{2}”', 'Syntax error: expected {1} but found \'{2}\''],
    'unresolved-reference-suggest': ['未知引用“{0}”，是否应为“{1}”？', 'Unknown reference \'{0}\'; did you mean \'{1}\'?'],
    // ---- structure
    'duplicate-name': ['名称“{0}”重复定义', 'Duplicate name \'{0}\''],
    'rule-shadowed': ['规则“{0}”与主体“{1}”的事实同名：条件中的“{0}”会读取事实而不是规则，请改名', 'Rule \'{0}\' has the name of a fact of \'{1}\': in conditions the name reads the fact, not the rule; rename one'],
    'duplicate-field': ['属性“{0}”重复出现', 'Field \'{0}\' is given more than once'],
    'rules-without-document': ['规则必须属于一个“文件”：请在本文件中声明“文件”', 'Rules must belong to a document: declare a \'文件\' in this file'],
    'multiple-documents': ['一个规则文件只能声明一个“文件”', 'A rule file declares at most one \'文件\''],
    'invalid-date': ['日期“{0}”不存在', 'The date \'{0}\' does not exist'],
    'date-order': ['施行日期 {0} 早于发布日期 {1}', 'Effective date {0} is before the issue date {1}'],
    'missing-citation': ['规则“{0}”没有引用条文（如〔第二十条〕）', 'Rule \'{0}\' cites no article (e.g. 〔第二十条〕)'],
    'subject-mismatch': ['“{0}”适用于主体“{1}”，不能在主体“{2}”的规则中使用', '\'{0}\' applies to subject \'{1}\' and cannot be used in a rule for \'{2}\''],
    // ---- types
    'type-not-a-type': ['“{0}”不是类型（枚举或序列）{1}', '\'{0}\' is not a type (an enumeration or a scale){2}'],
    'rule-subject-not-subject': ['“对 {0}”应写主体的名称，“{0}”不是主体', '\'对 {0}\' must name a subject; \'{0}\' is not one'],
    'type-list-not-subject': ['“列表 {0}”应写主体的名称，“{0}”不是主体', '\'列表 {0}\' must name a subject; \'{0}\' is not one'],
    'expected-bool': ['条件必须是布尔值，此处为{0}', 'A condition must be boolean; this is {0}'],
    'expected-number': ['此处需要数值，实际为{0}', 'A number is needed here; this is {0}'],
    'expected-list': ['此处需要列表事实，实际为{0}', 'A list fact is needed here; this is {0}'],
    'incomparable': ['不能比较{0}与{1}', 'Cannot compare {0} with {1}'],
    'unordered-compare': ['{0}没有顺序，只能用 = 或 ≠ 比较', '{0} has no order; compare it only with = or ≠'],
    'value-not-in-type': ['“{0}”不是{1}的取值', '\'{0}\' is not a value of {1}'],
    'not-a-value': ['“{0}”不是可计算的值', '\'{0}\' is not a value that can be computed'],
    'member-without-type': ['“{0}”没有成员', '\'{0}\' has no members'],
    'fact-range-order': ['范围下限 {0} 大于上限 {1}', 'Range minimum {0} exceeds maximum {1}'],
    'default-type': ['默认值的类型与事实“{0}”不符', 'The default value does not match the type of fact \'{0}\''],
    'overflow-risk': ['表达式的取值范围过大，无法保证精确计算：请为其中的事实声明“范围”', 'This expression may exceed the range of exact integer arithmetic: declare a 范围 for its facts'],
    'ratio-arith': ['比例只能参与比较，不能再做四则运算', 'A ratio can only be compared, not used in further arithmetic'],
    'derived-cycle': ['派生值循环依赖：{0}', 'Derived values depend on each other in a cycle: {0}'],
    'rule-cycle': ['规则循环依赖：{0}', 'Rules depend on each other in a cycle: {0}'],
    // ---- scores
    'weights-sum': ['“{0}”下各项权重之和为 {1}，应为 100%', 'The weights under \'{0}\' sum to {1}, not 100%'],
    'weight-range': ['权重 {0} 必须大于 0% 且不超过 100%', 'Weight {0} must be above 0% and at most 100%'],
    'component-empty': ['分项“{0}”既没有取值也没有子项', 'Component \'{0}\' has neither a value nor sub-components'],
    'bonus-cap': ['加分项“{0}”的上限 {1} 小于每项分值 {2}', 'Bonus item \'{0}\' has a cap {1} below its points per item {2}'],
    // ---- grades
    'band-order': ['等次“{0}”的下限 {1} 应低于上一等次“{2}”的下限 {3}', 'The lower bound {1} of band \'{0}\' must be below the bound {3} of the band \'{2}\' above it'],
    'band-overlap': ['等次“{0}”与“{1}”的下限相同（{2}），区间重叠', 'Bands \'{0}\' and \'{1}\' share the lower bound {2}: they overlap'],
    'band-gap': ['低于 {0} 的得分没有对应等次：请在最后添加一个无下限的等次', 'Scores below {0} get no grade: add a last band without a bound'],
    'band-catchall-not-last': ['只有最后一个等次可以没有下限', 'Only the last band may have no lower bound'],
    'band-unreachable': ['等次“{0}”永远不会出现：下限 {1} 高于可能的最高分 {2}', 'Band \'{0}\' can never occur: its bound {1} is above the highest possible score {2}'],
    'band-bound-not-constant': ['等次下限必须是常数', 'A band bound must be a constant'],
    // ---- vetoes
    'clause-duplicate': ['条款“{0}”重复', 'Clause \'{0}\' appears twice'],
    'clause-never': ['条款“{0}”的条件恒为假，永远不会触发', 'The condition of clause \'{0}\' is always false: it can never apply'],
    'exception-never': ['例外“{0}”的条件恒为假，永远不会适用', 'The condition of exception \'{0}\' is always false: it can never apply'],
    'exception-never-with-clauses': ['例外“{0}”只在条款{1}成立时起作用，但它的条件与这些条款的条件不能同时成立：永远不会适用', 'Exception \'{0}\' only matters when clause {1} holds, but its condition cannot hold together with theirs: it can never apply'],
    'exception-overrides-clauses': ['条款{1}成立时例外“{0}”总是成立：这些条款永远不会触发', 'Whenever clause {1} holds, exception \'{0}\' holds too: those clauses can never apply'],
    'requirement-always-met': ['“{0}”在任何情况下都得到遵守：它不约束任何情形', '\'{0}\' is complied with in every case: it constrains nothing'],
    'requirement-never-met': ['“{0}”在任何情况下都无法遵守', '\'{0}\' can never be complied with'],
    'condition-always': ['“{0}”的适用条件恒为真，可以删去', 'The condition of \'{0}\' always holds: it can be removed'],
    'rule-never': ['“{0}”的适用条件恒为假，永远不会适用', 'The condition of \'{0}\' is always false: it can never apply'],
    'exception-always': ['例外“{0}”的条件恒为真，被排除的条款永远不会触发', 'The condition of exception \'{0}\' is always true: the clauses it overrides can never apply'],
    'exception-mixed-binders': ['例外“{0}”排除的条款有的逐个成员判断、有的整体判断，无法统一适用', 'Exception \'{0}\' overrides clauses evaluated per member and clauses evaluated once; it cannot apply to both'],
    // ---- time
    'expected-date': ['此处需要日期或日期时间，实际为{0}', 'A date or date-time is needed here; this is {0}'],
    'expected-log': ['此处需要记录（事件日期列表），实际为{0}', 'An event log (a list of dates) is needed here; this is {0}'],
    'frequency-range': ['次数下限 {0} 大于上限 {1}', 'The minimum count {0} exceeds the maximum {1}'],
    'term-without-dates': ['“每 任期”需要用“任期 自 … 至 …”给出任期起止日期', '"每 任期" needs the term\'s dates: 任期 自 … 至 …'],
    'time-error': ['{0}', '{1}'],
    'calendar-both': ['{0} 既列为放假又列为上班', '{0} is listed both as a day off and as a working day'],
    'calendar-file': ['工作日历文件 {0}：{1}', 'Working-day calendar file {0}: {2}'],
    'deadline-done-before-start': ['期限“{0}”的完成日期 {1} 早于起算日期 {2}', 'Deadline \'{0}\' was completed on {1}, before it started on {2}'],
    'period-no-year': ['规则“{0}”按年度计算，需要场景的“年度”（或事实文件的 year）', 'Rule \'{0}\' works per year: give the scenario a 年度 (or year in the fact file)'],
    'deadline-no-year': ['每年固定日期的期限需要场景的“年度”或事实文件的 year', 'A fixed annual deadline needs the scenario\'s 年度 (or year in the fact file)'],
    'deadline-start-missing': ['期限“{0}”的起算事件没有发生（{1}为无）', 'The event that starts deadline \'{0}\' has not happened ({1} is absent)'],
    // ---- facts
    'source-drift': ['原文写的是 {0}，规则中没有（规则写的是 {1}）：原文与规则不一致，请核对', 'The 原文 states {0}, which the rule does not have (the rule states {1}): the quoted text and the rule disagree'],
    'unused-fact': ['事实“{0}”没有被任何规则使用', 'Fact \'{0}\' is not used by any rule'],
    // ---- scenarios and fact input
    'fact-type': ['事实“{0}”应为{1}，实际为{2}', 'Fact \'{0}\' must be {3} ({1}); got {2}'],
    'fact-invalid-date': ['事实“{0}”的日期“{1}”不存在', 'The date \'{1}\' of fact \'{0}\' does not exist'],
    'fact-file-type': ['事实“{0}”应为{1}，实际为{3}', 'Fact \'{0}\' must be {2}; got {3}'],
    'fact-range': ['事实“{0}”的值 {1} 超出范围 {2}', 'The value {1} of fact \'{0}\' is outside its range {2}'],
    'fact-precision': ['事实“{0}”最多 {1} 位小数，实际为 {2}', 'Fact \'{0}\' allows at most {1} decimal places; got {2}'],
    'fact-duplicate': ['事实“{0}”重复给出', 'Fact \'{0}\' is given twice'],
    'fact-unknown': ['主体“{1}”没有事实“{0}”', 'Subject \'{1}\' has no fact \'{0}\''],
    'fact-missing': ['缺少事实“{0}”（{1}需要）', 'Missing fact \'{0}\' (needed by {1})'],
    'fact-too-large': ['事实“{0}”的值 {1} 超出允许范围 ±{2}：请在规则中为该事实声明“范围”', 'The value {1} of fact \'{0}\' exceeds ±{2}: declare a 范围 for the fact in the rules'],
    'ratio-zero-denominator': ['比例“{0}”的分母为零', 'The ratio \'{0}\' has a zero denominator'],
    'expectation-type': ['期望值的类型与“{0}”的结果不符：应为{1}', 'The expected value does not match the result of \'{0}\': expected {1}'],
    'expectation-clauses': ['只有一票否决规则可以期望条款或例外', 'Only a veto rule can expect clauses or exceptions'],
    'expectation-rule-subject': ['规则“{0}”适用于主体“{1}”，场景的主体是“{2}”', 'Rule \'{0}\' applies to \'{1}\'; the scenario\'s subject is \'{2}\''],
    'scenario-document': ['场景集针对的文件“{0}”中没有规则', 'The document \'{0}\' the suite targets has no rules'],
    // ---- evaluation
    'eval-division-by-zero': ['除数为零：{0}', 'Division by zero: {0}'],
    'eval-subscore-range': ['分项“{0}”的得分 {1} 超出 0–100', 'The score {1} of component \'{0}\' is outside 0–100'],
    'eval-dependency': ['规则“{0}”无法计算，因此{1}也无法计算', 'Rule \'{0}\' could not be computed, so {1} cannot be either'],
    'eval-absent-value': ['“{0}”的值为无，不能参与计算', 'The value of \'{0}\' is absent (无) and cannot be computed with'],
    'eval-overflow': ['计算结果超出精确整数范围：{0}', 'A result exceeds the range of exact integer arithmetic: {0}'],
    // ---- input files and CLI
    'input-read': ['无法读取文件 {0}：{1}', 'Cannot read file {0}: {1}'],
    'input-parse': ['无法解析 {0}：{1}', 'Cannot parse {0}: {1}'],
    'input-field': ['字段 {0}：{1}', 'Field {0}: {2}'],
    'input-top-level': ['文件顶层：{0}', 'At the top level: {1}'],
    'input-subject-unknown': ['规则中没有主体“{0}”（可用：{1}）', 'The rules declare no subject \'{0}\' (available: {1})'],
    'input-subject-ambiguous': ['规则声明了多个主体（{0}），请在事实文件中用 subject 指明', 'The rules declare several subjects ({0}); name one with \'subject\' in the fact file'],
    'cli-usage': ['用法错误：{0}', 'Usage error: {0}'],
    'cli-no-files': ['在 {0} 中没有找到 .zeren 文件', 'No .zeren files found in {0}'],
    'cli-not-found': ['路径不存在：{0}', 'Path does not exist: {0}'],
    'cli-no-rules': ['没有找到可评估的规则文件', 'No rule document to evaluate was found'],
    'ledger-no-seed': ['找不到语料文件：请用 --seed 指定（或设置 ZEREN_SEED）', 'Cannot find the corpus: give it with --seed (or set ZEREN_SEED)'],
    'cli-write': ['无法写入 {0}：{1}', 'Cannot write {0}: {2}'],
    // ---- diff
    'diff-git': ['git 命令失败：{0}', 'git failed: {0}'],
    'diff-invalid-side': ['{0}：有语法或引用错误，无法比较', '{0} has syntax or reference errors; cannot diff'],
    // ---- accountability
    'acc-kind-not-enum': ['“{0}”必须是枚举或序列类型，才能按其取值区分对象或情节', '\'{0}\' must be an enumeration or scale to tell subject kinds or severities apart'],
    'acc-value-unknown': ['“{0}”不是{1}的取值（可用：{2}）', '\'{0}\' is not a value of {1} (available: {2})'],
    'acc-ground-not-situations': ['“{0}”不是“情形”规则：追究方式只能依据情形', '\'{0}\' is not a 情形 rule: a 追究方式 can only rest on situations'],
    'ladder-unknown': ['“{0}”不是已声明的序列：追究措施必须取自一个有序的“序列”', '\'{0}\' is not a declared scale: sanctions must come from an ordered 序列'],
    'ladder-not-scale': ['“{0}”是枚举而不是序列：追究措施必须有轻重顺序', '\'{0}\' is an enumeration, not a scale: sanctions must be ordered from lightest to heaviest'],
    'sanction-unknown': ['未知的追究措施“{0}”：没有任何序列包含它（“{1}”可用：{2}）', 'Unknown sanction \'{0}\': no scale declares it (\'{1}\' has: {2})'],
    'sanction-not-on-ladder': ['追究措施“{0}”不在{1}的措施序列“{2}”中（可用：{3}）', 'Sanction \'{0}\' is not on the ladder \'{2}\' of {1} (available: {3})'],
    'sanction-level-missing': ['{0}没有规定“{1}”的追究措施', '{0} gives no sanction for the severity \'{1}\''],
    'sanction-level-duplicate': ['情节“{0}”在同一措施表中重复规定', 'The severity \'{0}\' appears twice in one sanction table'],
    'sanction-kind-duplicate': ['对象“{0}”出现在多个措施表中', 'The subject kind \'{0}\' is covered by more than one sanction table'],
    'sanction-measure-duplicate': ['措施“{0}”在同一选项中重复', 'The measure \'{0}\' appears twice in one option'],
    'situations-no-sanction': ['情形“{0}”适用于对象“{1}”，但依据它的追究方式没有该对象的措施表', 'The situations \'{0}\' apply to \'{1}\', but no 追究方式 resting on them has a sanction table for that kind'],
    'situations-not-grounded': ['情形“{0}”没有被任何追究方式依据，情形成立时无法得出追究措施', 'No 追究方式 rests on the situations \'{0}\': when one holds, no sanction follows'],
    'situations-empty': ['情形“{0}”没有列出任何情形', 'The situation group \'{0}\' lists no situation'],
    'scale-duplicate-value': ['序列“{0}”中“{1}”出现两次，轻重顺序不是全序', '\'{1}\' appears twice in the scale \'{0}\': its order is not total'],
    'row-catchall-not-last': ['只有最后一行可以没有条件', 'Only the last row may have no condition'],
    'row-unreachable': ['“{0}”这一行永远不会适用：前面的行总会先成立', 'The row \'{0}\' can never apply: an earlier row always holds first'],
    'restriction-no-start': ['影响“{0}”没有起算日期：请写“起算 日期”', 'The after-effects \'{0}\' have no start date: write 起算 <date>'],
    'restriction-no-period': ['限制“{0}”没有期限：请写“N 年内”“N 个月内”或“当年”', 'The restriction \'{0}\' has no duration: write N 年内, N 个月内 or 当年'],
    'restriction-start-type': ['起算日期必须是日期，此处为{0}', 'The start of after-effects must be a date; this is {0}'],
    'restriction-act-type': ['限制“{0}”的行为日期必须是日期，此处为{1}', 'The act judged by the restriction \'{0}\' must be a date; this is {1}'],
    'restriction-act-no-period': ['限制“{0}”判断行为日期，必须写明期间（N 年内、N 个月内、当年）', 'The restriction \'{0}\' judges an act date and needs a period (N 年内, N 个月内, 当年)'],
    'eval-restriction-no-start': ['限制“{0}”适用，但没有起算日期：缺少事实“{1}”', 'The restriction \'{0}\' applies but has no start date: the fact \'{1}\' is missing'],
    'eval-kind-uncovered': ['{0}：对象“{1}”没有追究措施表', '{0}: there is no sanction table for the subject kind \'{1}\''],
    'lookback-date-type': ['追溯的{0}必须是日期，此处为{1}', 'The {0} of a look-back window must be a date; this is {1}'],
    'lookback-extension-shorter': ['“{0}”的延长追溯（前 {1} 年度）不早于一般追溯（前 {2} 年度）：延长的范围必须更长', 'The extended look-back of \'{0}\' ({1} years back) does not reach further than the normal one ({2} years back)'],
    'eval-lookback-no-date': ['追溯“{0}”适用，但缺少日期：事实“{1}”', 'The look-back window \'{0}\' applies but a date is missing: the fact \'{1}\''],
    'eval-lookback-reversed': ['追溯“{0}”的结束日期 {2} 早于开始日期 {1}', 'The look-back window \'{0}\' ends ({2}) before it starts ({1})'],
    // ---- levels, refinement, supersession (document graph and conformance)
    'docref-unknown': ['没有声明文号或名称为“{0}”的文件（仅凭引用知道）：可用“仅引用 是”声明它', 'No declared document has the number or name \'{0}\' (known only by reference): declare it with 仅引用 是'],
    'docref-superseded': ['“{0}”自 {1} 起已被“{2}”废止，不能再被细化或作为依据', '\'{0}\' is superseded by \'{2}\' from {1}; it can no longer be refined or used as a basis'],
    'refinement-cycle': ['细化关系形成循环：{0}', 'Refinement forms a cycle: {0}'],
    'refines-undeclared': ['规则细化了“{0}”，但本文件的“细化”或“根据”中没有该文件', 'The rule refines a rule of \'{0}\', which the document names in neither 细化 nor 根据'],
    'refines-clause-unknown': ['所细化的“{0}”中没有条款{1}', 'The refined rule \'{0}\' has no clause {1}'],
    'conformance-incomparable': ['无法判断“{0}”是否放宽了所细化的“{1}”{2}：{3}', 'Cannot tell whether \'{0}\' loosens the refined \'{1}\' {2}: {4}'],
    'loosen-frequency-min': ['“{0}”（{3}）放宽了所细化的“{1}”{2}（{4}）：每{5}只保证 {7} 次', '\'{0}\' ({3}) loosens the refined \'{1}\' {2} ({4}): it guarantees only {7} per {6}'],
    'loosen-frequency-max': ['“{0}”（{3}）放宽了所细化的“{1}”{2}（{4}）：每{5}可能多达 {7} 次', '\'{0}\' ({3}) loosens the refined \'{1}\' {2} ({4}): it allows up to {7} per {6}'],
    'loosen-deadline': ['“{0}”的期限{3}长于所细化的“{1}”{2}的期限{4}', 'The deadline {3} of \'{0}\' is longer than {4} of the refined \'{1}\' {2}'],
    'loosen-band': ['等次“{0}”的下限 {1} 低于所细化的“{2}”{3}中的 {4}', 'The lower bound {1} of band \'{0}\' is below {4} in the refined \'{2}\' {3}'],
    'loosen-clause-dropped': ['所细化的“{0}”{1}的条款{2}在“{3}”中没有对应条款（同号条款或“细化 {2}”）', 'Clause {2} of the refined \'{0}\' {1} has no counterpart in \'{3}\' (a clause with the same label or 细化 {2})'],
    'loosen-exception-added': ['例外“{0}”在所细化的“{1}”{2}中没有，放宽了条款{3}', 'Exception \'{0}\' is not in the refined \'{1}\' {2}: it loosens clause {3}'],
    'loosen-condition-added': ['“{0}”加了所细化的“{1}”{2}没有的适用条件（当）：条件不成立时不再要求遵守，放宽了所细化的规则', '\'{0}\' adds a condition (当) the refined \'{1}\' {2} does not have: where it does not hold nothing is required any more, which loosens the refined rule'],
    'loosen-threshold': ['{0}中的阈值 {1} 比所细化的“{2}”{3}中的 {4} 更宽松', 'The threshold {1} in {0} is more lenient than {4} in the refined \'{2}\' {3}'],
    'loosen-sanction': ['“{0}”对“{1}”情节“{2}”允许的最轻措施“{3}”轻于所细化的“{4}”{5}中的“{6}”', '\'{0}\' permits \'{3}\' for \'{1}\' at severity \'{2}\', lighter than \'{6}\' in the refined \'{4}\' {5}'],
    'loosen-sanction-dropped': ['“{0}”没有规定“{1}”情节“{2}”的追究措施，而所细化的“{3}”{4}有', '\'{0}\' gives no sanction for \'{1}\' at severity \'{2}\'; the refined \'{3}\' {4} does'],
    'loosen-restriction-dropped': ['所细化的“{0}”{1}的限制“{2}”在“{3}”中没有对应项（同名限制）', 'Restriction \'{2}\' of the refined \'{0}\' {1} has no counterpart (of the same name) in \'{3}\''],
    'loosen-restriction-shorter': ['“{0}”中的限制“{1}”期限{2}，短于所细化的“{3}”{4}中的{5}', 'Restriction \'{1}\' in \'{0}\' lasts {6}, shorter than {7} in the refined \'{3}\' {4}'],
    'loosen-requirement': ['“{0}”允许 {1} 的情形，而所细化的“{2}”{3}不允许', '\'{0}\' allows the case {1}, which the refined \'{2}\' {3} does not'],
    'loosen-clause-narrowed': ['“{0}”的条款{1}在 {2} 时不适用，而所细化的“{3}”{4}的条款{5}适用', 'Clause {1} of \'{0}\' does not apply when {2}, but clause {5} of the refined \'{3}\' {4} does'],
    'loosen-exception-widened': ['例外“{0}”在 {1} 时适用，而所细化的“{2}”{3}的同名例外不适用', 'Exception \'{0}\' applies when {1}, but the exception of that name in the refined \'{2}\' {3} does not'],
    'loosen-condition-narrowed': ['“{0}”的适用条件在 {1} 时不成立，而所细化的“{2}”{3}的成立', 'The condition of \'{0}\' fails when {1}, but that of the refined \'{2}\' {3} holds'],
    'loosen-restriction-later': ['“{0}”中的限制“{1}”{2}，开始晚于所细化的“{3}”{4}中的{5}（自起算之日起）', 'Restriction \'{1}\' in \'{0}\' begins later ({6}) than in the refined \'{3}\' {4} ({7}, from the start date)'],
    'loosen-lookback': ['“{0}”自前 {1} 年度起追溯，晚于所细化的“{2}”{3}的前 {4} 年度', '\'{0}\' looks back from {1} year(s) before, later than {4} year(s) before in the refined \'{2}\' {3}'],
    'loosen-lookback-extended': ['“{0}”最多追溯至前 {1} 年度，而所细化的“{2}”{3}必要时追溯至前 {4} 年度', '\'{0}\' looks back at most {1} year(s), while the refined \'{2}\' {3} reaches {4} year(s) back when needed'],
    'related-never-clash': ['“{0}”不能同时满足：{1}', '\'{0}\' cannot meet all of: {1}'],
    'related-refined': ['所细化的“{0}”{1}', 'The refined \'{0}\' {1}'],
    'scenario-doc-not-yet': ['场景截至 {0}，文件“{1}”尚未施行（{2} 起施行）', 'As of {0} the document \'{1}\' is not yet in force (effective {2})'],
    'scenario-doc-superseded': ['场景截至 {0}，文件“{1}”已被“{2}”废止（{3} 起）', 'As of {0} the document \'{1}\' is superseded by \'{2}\' (from {3})'],
    'scenario-doc-expired': ['场景截至 {0}，文件“{1}”已失效（{2} 起）', 'As of {0} the document \'{1}\' has expired (from {2})'],
    'cli-none-in-force': ['{0} 没有对主体“{1}”有效的文件（{2}）', 'On {0} no document for the subject \'{1}\' is in force ({2})'],
    'cli-several-in-force': ['{0} 有多个对主体“{1}”有效的文件：{2}', 'On {0} several documents for the subject \'{1}\' are in force: {2}'],
    // ---- command line (usage errors name the valid choices)
    'cli-unknown-command': ['未知命令“{0}”；可用命令：{1}', 'Unknown command \'{0}\'; commands: {1}'],
    'cli-unknown-option': ['未知选项“{0}”；zeren {1} 的选项：{2}', 'Unknown option \'{0}\'; options of zeren {1}: {2}'],
    'cli-option-not-for': ['选项 {0} 不适用于 zeren {1}；它的选项：{2}', 'Option {0} does not apply to zeren {1}; its options: {2}'],
    'cli-argument-value': ['zeren {0} 的参数“{1}”无效；可用值：{2}', 'Invalid argument \'{1}\' for zeren {0}; valid values: {2}'],
    'cli-schema-needs-facts': ['{0} 只与 --facts <主体> 同用（评估结果的 JSON Schema 与规则文件无关）', '{0} is used only with --facts <subject> (the JSON Schema of an outcome does not depend on rule files)'],
    'cli-option-value': ['选项 {0} 的值“{1}”无效；可用值：{2}', 'Invalid value \'{1}\' for {0}; valid values: {2}'],
    'cli-option-needs-value': ['选项 {0} 需要一个值（{1}）', 'Option {0} needs a value ({1})'],
    'cli-option-no-value': ['选项 {0} 不接受值', 'Option {0} takes no value'],
    // ---- fact files and batches (many subjects)
    'fact-file-syntax': ['{0} 不是有效的 {1}：{2}', '{0} is not valid {1}: {3}'],
    'fact-file-alias-bomb': ['{0}：YAML 别名（*）展开后超过 {1} 个值，文件被拒绝', '{0}: YAML aliases (*) expand to more than {1} values; the file is rejected'],
    'fact-not-finite': ['事实“{0}”的值 {1} 不是有限的数', 'The value {1} of fact \'{0}\' is not a finite number'],
    'fact-exponent': ['事实“{0}”的值 {1} 的指数超出 ±{2}', 'The exponent of the value {1} of fact \'{0}\' exceeds ±{2}'],
    'batch-format': ['无法识别 {0} 的格式（可用：.json .yaml .yml .jsonl .ndjson .csv .xlsx；Excel 97–2003 的 .xls 请另存为 .xlsx）', 'Unknown format of {0} (use .json .yaml .yml .jsonl .ndjson .csv .xlsx; save an Excel 97–2003 .xls as .xlsx)'],
    'batch-output-format': ['无法识别输出文件 {0} 的格式（可用：.csv .xlsx .json .jsonl，或 .txt 以文本输出单个主体）', 'Unknown format of the output file {0} (use .csv .xlsx .json .jsonl, or .txt for one subject as text)'],
    'batch-column-unknown': ['列“{0}”不是主体“{1}”的事实，也不是 名称/label/subject 列', 'The column \'{0}\' is no fact of the subject \'{1}\' and not a 名称/label/subject column'],
    'batch-column-duplicate': ['列“{0}”重复出现', 'The column \'{0}\' appears twice'],
    'batch-no-header': ['{0} 没有表头行（第一行应为事实名称）', '{0} has no header row (the first row names the facts)'],
    'batch-key-duplicate': ['名称“{0}”已在第 {1} 行使用', 'The name \'{0}\' is already used on row {1}'],
    'batch-list-key-unknown': ['{0} 的名称“{1}”不对应任何主体行', 'The name \'{1}\' in {0} matches no subject row'],
    'batch-list-option': ['--facts-list 应为 事实名=文件，实际为 {0}', '--facts-list must be FACT=FILE; got {0}'],
    'batch-cell-json': ['单元格不是有效的 JSON 列表', 'The cell is not a valid JSON list'],
    'batch-not-object': ['第 {0} 项应为对象', 'Item {0} must be an object'],
    'batch-summary': ['共 {0} 个主体：{1} 个已评估，{2} 个有错误，{3} 个部分未能判定或未到期', '{0} subjects: {1} evaluated, {2} with errors, {3} partly undetermined or open'],
    'batch-at': ['{0}: {1}', '{0}: {2}'],
    'batch-encoding': ['不是 UTF-8 或 GB18030（GBK）编码的文本；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”', 'Not UTF-8 or GB18030 (GBK) text; in Excel, save it as "CSV UTF-8 (Comma delimited)"'],
    'batch-document-other': ['本行指明文件“{0}”，而本批按“{1}”评估；不同文件的主体请分批运行（--document 选择文件）', 'This row names the document \'{0}\' but the batch evaluates \'{1}\'; run each document\'s subjects as their own batch (--document chooses it)'],
    'batch-extra-cells': ['第 {0} 列有值，但表头只有 {1} 列：该值不属于任何事实', 'Column {0} holds a value, but the header has only {1} columns: it belongs to no fact'],
    'batch-csv-quote': ['引号未闭合：从此处到文件末尾都会被读成一个单元格', 'A quote is never closed: everything from here to the end of the file would be one cell'],
    'batch-list-parent': ['列表表格应有“所属”列（所属主体行的名称）', 'A list table needs a 所属 (parent) column naming the subject row'],
    'batch-no-subject': ['未指明主体：请用 --subject 或 subject 列/字段（可用：{0}）', 'No subject named: use --subject or a subject column/field (available: {0})'],
    // ---- zeren schema --facts
    'schema-subject-several': ['有多个文件声明主体“{0}”（{1}）：请用 --document 选择其一', 'Several documents declare the subject \'{0}\' ({1}): choose one with --document'],
    'schema-document-unknown': ['没有文件“{0}”声明主体“{1}”（声明它的文件：{2}）', 'No document \'{0}\' declares the subject \'{1}\' (declared by: {2})'],
    // ---- partial evaluation (a fact not given makes the rules that need it undetermined)
    'undetermined-facts': ['{0}未能判定：缺少事实{1}', '{0} is undetermined: missing fact(s) {2}'],
    'undetermined-via': ['{0}未能判定：所依据的{1}未能判定（缺少事实{2}）', '{0} is undetermined: {4}, which it depends on, is undetermined (missing fact(s) {3})'],
    'undetermined-exception': ['{0}未能判定：条款{1}成立，但例外{2}无法判定（缺少事实{3}）', '{0} is undetermined: clause {1} holds but the exception {5} cannot be judged (missing fact(s) {4})'],
    'undetermined-as-of': ['{0}未到期/未判定：期限 {1}，尚未完成；判定是否逾期需要截至日期（命令行 --as-of 日期、事实文件的 asOf 或场景的 截至）', '{0} is open: due {1} and not done; judging it needs an as-of date (--as-of DATE, asOf in the fact file, or 截至 in a scenario)'],
    'undetermined-waits-as-of': ['{0}未能判定：所依据的期限{1}没有截至日期无法判定（命令行 --as-of 日期、事实文件的 asOf 或场景的 截至）', '{0} is undetermined: the deadline {2} it depends on cannot be judged without an as-of date (--as-of DATE, asOf in the fact file, or 截至 in a scenario)'],
    'undetermined-period': ['{0}尚无法判定：{1}', '{0} cannot be judged yet: {2}'],
    'cli-rule-unknown': ['文件“{0}”中没有规则“{1}”{2}（可用：{3}）', 'The document \'{0}\' has no rule \'{1}\'{2} (available: {3})'],
    'cli-document-unknown': ['没有声明主体“{0}”的文件“{1}”{2}（可用：{3}）', 'No document \'{1}\' declares the subject \'{0}\'{2} (available: {3})'],
    'cli-document-needed': ['有多个文件声明主体“{0}”（{1}）：请用 --as-of 日期（或事实文件的 asOf）选择当日有效的文件，或用 --document 名称（或事实文件的 document）选择一个', 'Several documents declare the subject \'{0}\' ({1}): choose the one in force with --as-of DATE (or asOf in the fact file), or one with --document NAME (or document in the fact file)'],
    'project-file': ['项目文件 {0} 无效：{1}', 'Invalid project file {0}: {2}'],
    'diff-no-match': ['路径 {0} 在 {1} 和 {2} 中都没有匹配的 .zeren 文件', 'The paths {0} match no .zeren file in {1} or in {2}'],
    // ---- reliability: nothing an input causes is silent (issue 18)
    'duplicate-document': ['文件名“{0}”在多个文件中声明：{1} 也声明了它', 'The document name \'{0}\' is declared in more than one file: {1} declares it too'],
    'derived-too-deep': ['派生值“{0}”依赖的派生值链超过 {1} 层', 'The derived value \'{0}\' rests on a chain of more than {1} derived values'],
    'cli-not-zeren': ['{0} 不是 .zeren 规则或场景文件（事实文件用 --facts 给出）', '{0} is not a .zeren rule or scenario file (give fact files with --facts)'],
    'rule-not-compiled': ['规则“{0}”无法求值：请先修正其中的错误', 'The rule \'{0}\' cannot be evaluated: fix the errors in it first'],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageCode = keyof typeof CATALOG;

export interface Message {
    code: MessageCode;
    args: readonly string[];
}

export function message(code: MessageCode, ...args: (string | number)[]): Message {
    return { code, args: args.map(String) };
}

export function render(msg: Message, lang: Lang): string {
    const template = CATALOG[msg.code][lang === 'zh' ? 0 : 1];
    return template.replace(/\{(\d+)\}/g, (_, i: string) => msg.args[Number(i)] ?? '');
}

export function renderBoth(msg: Message): { zh: string; en: string } {
    return { zh: render(msg, 'zh'), en: render(msg, 'en') };
}

/** zh unless the environment asks for English: --lang wins, then LC_ALL / LC_MESSAGES / LANG. */
export function detectLang(explicit?: string, env: Record<string, string | undefined> = process.env): Lang {
    const pick = (v?: string): Lang | undefined => {
        if (!v) return undefined;
        const s = v.toLowerCase();
        if (s.startsWith('zh')) return 'zh';
        if (s.startsWith('en')) return 'en';
        return undefined;
    };
    return pick(explicit) ?? pick(env.ZEREN_LANG) ?? pick(env.LC_ALL) ?? pick(env.LC_MESSAGES) ?? pick(env.LANG) ?? 'zh';
}

/** Type names as shown in messages. */
export function typeLabel(kind: string, lang: Lang): string {
    const zh: Record<string, string> = {
        int: '整数', dec: '小数', ratio: '比例', bool: '布尔值', date: '日期', text: '文本', enum: '枚举值',
        list: '列表', grade: '等次', error: '未知类型', number: '数值',
    };
    const en: Record<string, string> = {
        int: 'an integer', dec: 'a decimal', ratio: 'a ratio', bool: 'a boolean', date: 'a date', text: 'text',
        enum: 'an enumeration value', list: 'a list', grade: 'a grade', error: 'an unknown type', number: 'a number',
    };
    return (lang === 'zh' ? zh : en)[kind] ?? kind;
}
