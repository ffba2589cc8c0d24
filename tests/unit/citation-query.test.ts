import { describe, expect, it } from 'vitest';
import { citationFromQuery } from '#src/lib/citation-query.ts';
import { formatCitation } from '#src/lib/citation.ts';

describe('citationFromQuery', () => {
  it.each([
    ['SOM 6(1)(a)', 'SOM 6(1)(a)'],
    ['som 6', 'SOM 6'],
    ['UNTOC 2(a)', 'UNTOC 2(a)'],
    ['art 6 smuggling protocol', 'SOM 6'],
    ['article 6 smuggling protocol', 'SOM 6'],
    ['Protocolo art. 6', 'SOM 6'],
    ['artículo 3 a) del protocolo', 'SOM 3'],
    ['article 2(a) convention', 'UNTOC 2(a)'],
    ['Convención artículo 18', 'UNTOC 18'],
    ['art. 5 protocole relatif au trafic illicite de migrants', 'SOM 5'],
    ['trata de personas art 3', 'TIP 3'],
    ['firearms protocol article 5(1)', 'FIREARMS 5(1)'],
    ['what does SOM 16 require', 'SOM 16'],
    ['ст. 6 Протокола', 'SOM 6'],
    ['статья 18 Конвенции', 'UNTOC 18'],
    ['Протокол против незаконного ввоза мигрантов, статья 3 (a)', 'SOM 3(a)'],
    ['статья 5 протокола о торговле людьми', 'TIP 5'],
    ['المادة 6 من البروتوكول', 'SOM 6'],
    ['المادة 18 من الاتفاقية', 'UNTOC 18'],
    ['المادة ٦ من بروتوكول تهريب المهاجرين', 'SOM 6'],
    ['المادة 3 من بروتوكول الاتجار بالأشخاص', 'TIP 3'],
  ])('%s → %s', (query, expected) => {
    const c = citationFromQuery(query);
    expect(c && formatCitation(c)).toBe(expected);
  });
  it.each(['migrant smuggling', 'article 6', 'Peru 2024', 'coyote', 'статья 6', 'تهريب المهاجرين'])('finds no citation in %j', (query) => {
    expect(citationFromQuery(query)).toBeNull();
  });
});
