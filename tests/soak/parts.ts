/** The fuzzing parts of the soak, each returning its failures; filled as the fuzzers land. */
export const SOAK_PARTS: Array<[string, () => Promise<string[]>]> = [];
