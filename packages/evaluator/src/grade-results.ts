/** Grade results: a band index, or one of these. */
export const NOT_GRADED = -1;
export const NO_BAND = -2;
