/** True if the ids both lists hold appear in a different relative order. */
function reordered(base: readonly string[], side: readonly string[]): boolean {
  const inSide = new Set(side);
  const inBase = new Set(base);
  const a = base.filter((id) => inSide.has(id));
  const b = side.filter((id) => inBase.has(id));
  return a.some((id, i) => id !== b[i]);
}

/**
 * Order of a merged collection. The skeleton is the side that reordered (mine when both or neither
 * did); ids the skeleton lacks are placed right after their nearest predecessor in the list that
 * holds them, so additions from the other side land where their author put them.
 */
export function mergeOrder(
  base: readonly string[],
  mine: readonly string[],
  theirs: readonly string[],
  keep: ReadonlySet<string>,
): string[] {
  const skeleton = reordered(base, theirs) && !reordered(base, mine) ? theirs : mine;
  const other = skeleton === mine ? theirs : mine;
  const result = skeleton.filter((id) => keep.has(id));
  const placed = new Set(result);
  for (const source of [other, base]) {
    source.forEach((id, index) => {
      if (!keep.has(id) || placed.has(id)) return;
      let at = 0;
      for (let p = index - 1; p >= 0; p--) {
        const position = result.indexOf(source[p]!);
        if (position >= 0) {
          at = position + 1;
          break;
        }
      }
      result.splice(at, 0, id);
      placed.add(id);
    });
  }
  // Anything else the merge keeps (never expected) goes last rather than being dropped.
  for (const id of keep) if (!placed.has(id)) result.push(id);
  return result;
}
