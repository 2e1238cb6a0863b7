/** Why a file could not be read or written, in both languages (not the OS's English, e.g. ENOENT). */
export function fileProblem(e: unknown): { zh: string; en: string } {
    const code = (e as NodeJS.ErrnoException).code;
    const words: Record<string, [string, string]> = {
        ENOENT: ['文件或目录不存在', 'no such file or directory'],
        EISDIR: ['这是一个目录，不是文件', 'it is a directory, not a file'],
        ENOTDIR: ['路径中有一部分不是目录', 'a part of the path is not a directory'],
        EACCES: ['没有权限', 'permission denied'],
        EPERM: ['没有权限', 'permission denied'],
    };
    const known = code ? words[code] : undefined;
    if (known) return { zh: known[0], en: known[1] };
    if (e instanceof SyntaxError) return { zh: '不是有效的 JSON', en: 'not valid JSON' };
    return { zh: (e as Error).message, en: (e as Error).message };
}
