/** What every implementation computes for one team; reused across subjects (no allocation). */
export interface TeamResult {
    /** Total score × 100000 (exact: sub-scores have 2 places, effective weights 3). */
    total: number;
    /** 0 好, 1 较好, 2 一般, 3 较差 (第二十条). */
    grade: number;
    veto: boolean;
    /** 第二十六条（一）: 取消评优, 诫勉谈话, 调整班子. */
    disqualified: boolean;
    admonished: boolean;
    reshuffled: boolean;
}

export const GRADE_LABELS = ['好', '较好', '一般', '较差'] as const;

export function newResult(): TeamResult {
    return { total: 0, grade: 0, veto: false, disqualified: false, admonished: false, reshuffled: false };
}
