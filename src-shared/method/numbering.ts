import type { Indicator, LogframeRow } from '../model';

/**
 * Codes of the logical framework, derived from the tree and sibling order, never stored:
 * OG (overall objective), OS1, R1.1, A1.1.1 and indicator codes like R1.2-I1.
 */
export function logframeCodes(rows: readonly LogframeRow[]): Map<string, string> {
  const codes = new Map<string, string>();
  const children = new Map<string | null, LogframeRow[]>();
  for (const row of rows) {
    const list = children.get(row.parentId) ?? [];
    list.push(row);
    children.set(row.parentId, list);
  }
  const goals = rows.filter((r) => r.level === 'goal');
  goals.forEach((g, i) => codes.set(g.id, goals.length > 1 ? `OG${i + 1}` : 'OG'));
  // Specific objectives are numbered across the whole matrix (a logframe normally has one goal).
  const specifics = rows.filter((r) => r.level === 'specific');
  specifics.forEach((os, i) => {
    const n = `${i + 1}`;
    codes.set(os.id, `OS${n}`);
    (children.get(os.id) ?? [])
      .filter((r) => r.level === 'result')
      .forEach((result, j) => {
        const rn = `${n}.${j + 1}`;
        codes.set(result.id, `R${rn}`);
        (children.get(result.id) ?? [])
          .filter((r) => r.level === 'activity')
          .forEach((activity, k) => codes.set(activity.id, `A${rn}.${k + 1}`));
      });
  });
  return codes;
}

/** Indicator codes: the row's code, then "-I" and the indicator's rank on that row. */
export function indicatorCodes(rows: readonly LogframeRow[], indicators: readonly Indicator[]): Map<string, string> {
  const rowCodes = logframeCodes(rows);
  const rank = new Map<string, number>();
  const codes = new Map<string, string>();
  for (const indicator of indicators) {
    const rowCode = rowCodes.get(indicator.logframeId);
    if (!rowCode) continue;
    const n = (rank.get(indicator.logframeId) ?? 0) + 1;
    rank.set(indicator.logframeId, n);
    codes.set(indicator.id, `${rowCode}-I${n}`);
  }
  return codes;
}
