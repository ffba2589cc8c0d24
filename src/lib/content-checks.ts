/**
 * Checks across collections that a single schema cannot see: dangling references between
 * cases, legislation and guides, and translations without their language-neutral entry.
 * Each problem names the file, the field and what was expected. Pure.
 */
export interface CheckInput {
  cases: { id: string; file: string; nationalProvisions: { country: string; provision?: string | undefined }[] }[];
  digests: { id: string; file: string }[];
  legislationTexts: { id: string; file: string; provisions: { id: string }[] }[];
  legislation: { id: string; file: string; country: string; elements: Record<string, { provisions: string[] }> }[];
  guides: { id: string; file: string; cases: string[] }[];
}

export function checkContent(input: CheckInput): string[] {
  const problems: string[] = [];
  const caseIds = new Set(input.cases.map((c) => c.id));
  const provisionsOf = new Map(input.legislationTexts.map((t) => [t.id, t.provisions.map((p) => p.id)]));
  const hasEnglish = new Set(input.digests.filter((d) => d.id.endsWith('/en')).map((d) => d.id.split('/')[0]));

  for (const d of input.digests) {
    const slug = d.id.split('/')[0]!;
    if (!caseIds.has(slug)) problems.push(`${d.file}: digest without case data — add content/cases/${slug}/case.yaml`);
  }
  for (const c of input.cases) {
    if (!hasEnglish.has(c.id)) problems.push(`${c.file}: case without an English digest — add content/cases/${c.id}/en.md`);
    c.nationalProvisions.forEach((n, i) => {
      if (!n.provision) return;
      const known = provisionsOf.get(n.country);
      if (!known) problems.push(`${c.file}: nationalProvisions.${i}.provision: "${n.provision}" given, but no legislation is held for country "${n.country}" — remove the provision id or add content/legislation/${n.country}/`);
      else if (!known.includes(n.provision)) problems.push(`${c.file}: nationalProvisions.${i}.provision: "${n.provision}" is not a provision of ${n.country} (held: ${known.join(', ')})`);
    });
  }
  for (const l of input.legislation) {
    if (l.country !== l.id) problems.push(`${l.file}: country: expected "${l.id}" (the folder name), found "${l.country}"`);
    const known = provisionsOf.get(l.id);
    if (!known) { problems.push(`${l.file}: no verbatim text for "${l.id}" — run npm run import:legislation`); continue; }
    for (const [element, cell] of Object.entries(l.elements)) {
      cell.provisions.forEach((p, i) => {
        if (!known.includes(p)) problems.push(`${l.file}: elements.${element}.provisions.${i}: "${p}" is not a provision of ${l.id} (held: ${known.join(', ')})`);
      });
    }
  }
  const analysed = new Set(input.legislation.map((l) => l.id));
  for (const t of input.legislationTexts) {
    if (!analysed.has(t.id)) problems.push(`${t.file}: country without analysis — add content/legislation/${t.id}/analysis.yaml`);
  }
  for (const g of input.guides) {
    g.cases.forEach((slug, i) => {
      if (!caseIds.has(slug)) problems.push(`${g.file}: cases.${i}: unknown case "${slug}"`);
    });
  }
  return problems;
}

/** A fact is held once: every language version of a news item must give the same date. */
export function checkNewsDates(items: readonly { slug: string; dates: readonly string[] }[]): string[] {
  return items
    .filter((n) => new Set(n.dates).size > 1)
    .map((n) => `content/news/${n.slug}/: the language versions give different dates (${[...new Set(n.dates)].join(', ')}); the field "date" must be the same in each`);
}
