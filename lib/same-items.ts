/** Whether two lists hold the same items in the same order: what a memoized control compares its props by. */
export const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);
