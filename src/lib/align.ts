/**
 * Aligns two language versions of an article block by block. Labelled blocks pair by path;
 * unlabelled lines pair in order within the stretch between two labelled blocks, so an extra
 * chapeau line in one version (e.g. the Spanish SOM art. 14(2)) gets a row of its own.
 */
export interface AlignableBlock { path: string[] | null }

export function alignBlocks<T extends AlignableBlock>(left: readonly T[], right: readonly T[]): { left?: T; right?: T }[] {
  const rows: { left?: T; right?: T }[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    const l = left[i];
    const r = right[j];
    if (l && r && (l.path?.join('-') ?? null) === (r.path?.join('-') ?? null)) {
      rows.push({ left: l, right: r }); i++; j++;
    } else if (l && !l.path) {
      rows.push({ left: l }); i++;
    } else if (r && !r.path) {
      rows.push({ right: r }); j++;
    } else if (l && (!r || !right.slice(j).some((b) => b.path?.join('-') === l.path!.join('-')))) {
      rows.push({ left: l }); i++;
    } else {
      rows.push({ right: r }); j++;
    }
  }
  return rows;
}
