import { COMMANDS, GLOBAL_OPTIONS, OPTIONS } from '../command-table.js';

/** `zeren completion bash|zsh`: a completion script generated from the command table. */
export function completionScript(shell: 'bash' | 'zsh'): string {
    const commands = COMMANDS.map(c => c.name).join(' ');
    const cases = COMMANDS.map(c => {
        const flags = [...c.options, ...GLOBAL_OPTIONS].map(n => `--${n}`).join(' ');
        return `        ${c.name}) opts="${flags}" ;;`;
    }).join('\n');
    const valueCases = Object.entries(OPTIONS).filter(([, o]) => o.values).map(([n, o]) => `        --${n}) COMPREPLY=( $(compgen -W "${o.values!.join(' ')}" -- "$cur") ); return ;;`);
    const perCommand = COMMANDS.flatMap(c => Object.entries(c.optionValues ?? {}).map(([n, v]) => `    if [[ "$cmd" == ${c.name} && "$prev" == --${n} ]]; then COMPREPLY=( $(compgen -W "${v.join(' ')}" -- "$cur") ); return; fi`));
    const bash = `# zeren completion for bash: eval "$(zeren completion bash)" (e.g. in ~/.bashrc)
_zeren() {
    local cur prev cmd opts
    cur="\${COMP_WORDS[COMP_CWORD]}"
    prev="\${COMP_WORDS[COMP_CWORD-1]}"
    cmd="\${COMP_WORDS[1]}"
    if [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=( $(compgen -W "${commands} --help --version" -- "$cur") )
        return
    fi
${perCommand.join('\n')}
    case "$prev" in
${valueCases.join('\n')}
    esac
    case "$cmd" in
${cases}
        help) COMPREPLY=( $(compgen -W "${commands}" -- "$cur") ); return ;;
        completion) COMPREPLY=( $(compgen -W "bash zsh" -- "$cur") ); return ;;
        *) opts="" ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
    else
        COMPREPLY=( $(compgen -f -- "$cur") )
    fi
}
complete -o filenames -o bashdefault -F _zeren zeren
`;
    if (shell === 'bash') return bash;
    return `# zeren completion for zsh: eval "$(zeren completion zsh)" (e.g. in ~/.zshrc)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bash}`;
}
