/**
 * A measured sample with its reference taken right after it; the baseline replays the references in order. A ratio
 * of two medians taken minutes apart follows the machine's drift (its load, its clock); taken in pairs, each sample
 * and its reference meet the same machine.
 */
export function paired(sample: () => Promise<number> | number, reference: () => Promise<number> | number) {
  const references: number[] = [];
  return {
    sample: async () => {
      const value = await sample();
      references.push(await reference());
      return value;
    },
    baseline: async () => references.shift() ?? (await reference()),
  };
}
