/**
 * Bilingual text and result values shared by every module.
 *
 * Every message the library produces exists in zh-CN and en so the language
 * can show explanations and errors in either; failures that callers are
 * expected to handle (bad input) are values, not exceptions.
 */

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

export function bi(zh: string, en: string): Bilingual {
  return { zh, en };
}
