import type { Outcome } from '@zeren/model';

/**
 * The exit code an outcome calls for: 0 when every rule is decided and nothing went wrong, 1
 * when some rule is undetermined or open (facts or an as-of date not given) or an evaluation
 * error was found. Invalid input (exit 2) is refused before evaluation.
 */
export function outcomeExitCode(outcome: Outcome): 0 | 1 {
    if (outcome.errors.length) return 1;
    return (outcome.rules ?? []).some(r => r.status === 'undetermined' || r.status === 'open' || r.status === 'error') ? 1 : 0;
}
