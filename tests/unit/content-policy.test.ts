import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { remarkContentPolicy } from '#src/markdown/remark-content-policy.ts';
import { mdxPitfalls } from '#src/lib/markup-policy.ts';
import { checkContentFiles } from '#src/lib/content-files.ts';
import { checkNewsDates } from '#src/lib/content-checks.ts';
import { nearest } from '#src/lib/nearest.ts';

/** Runs the policy over a body as the site's Markdown (or MDX) pipeline parses it; returns the error message or null. */
function check(body: string, { mdx = false } = {}): string | null {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  processor.use(remarkContentPolicy, { citationProblem: (cite) => (cite === 'SOM 6(9)' ? 'Unknown provision "SOM 6(9)"' : null) });
  const file = new VFile({ path: mdx ? 'content/guides/x/en.mdx' : 'content/cases/x/en.md', value: body });
  try {
    processor.runSync(processor.parse(file), file);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('content markup policy', () => {
  it('lets Markdown, site links, mailto and the project components through', () => {
    expect(check('A [link](../../instruments/som-protocol/article-6/#para-1-a) and <https://example.org> and [mail](mailto:a@b.org).')).toBeNull();
    expect(check('Text <sup>1</sup> and <abbr title="Smuggling of Migrants">SOM</abbr>.')).toBeNull();
    expect(check('<Provision cite="SOM 6(1)(a)" />\n\nText', { mdx: true })).toBeNull();
  });
  it.each([
    ['a script', 'Text\n\n<script>alert(1)</script>\n', 'content/cases/x/en.md:3: <script> is not allowed in content'],
    ['an event handler', 'Text <sup onclick="alert(1)">1</sup>', 'content/cases/x/en.md:1: <sup> may not carry "onclick"'],
    ['a frame', '<iframe src="https://example.org"></iframe>', '<iframe> is not allowed in content'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.org">', '<meta> is not allowed in content'],
    ['a javascript: link', 'See [this](javascript:alert(1)).', 'link "javascript:alert(1)" uses the "javascript:" scheme; only https:, http:, mailto: and site-relative links are allowed'],
    ['a data: link', 'See [this](data:text/html,x).', 'uses the "data:" scheme'],
    ['a remote image', '![x](https://example.org/x.png)', 'image "https://example.org/x.png" is not on this site'],
  ])('refuses %s in Markdown, naming file and line', (_, body, message) => {
    expect(check(body)).toContain(message);
  });
  it.each([
    ['a frame', 'Text\n\n<iframe src="https://example.org" />', 'content/guides/x/en.mdx:3: <iframe> is not allowed in content; write Markdown, or use one of the components <Provision>, <RouteMap>'],
    ['an unknown component', '<Evil />', '<Evil> is not allowed in content'],
    ['a script expression', '<Provision cite={"SOM 6"} />', 'attribute "cite" is a JavaScript expression; write a plain string'],
    ['an import', 'import X from "./x.js"\n\nText', 'import/export statements are not allowed in content'],
    ['an unknown provision', 'Text\n\n<Provision cite="SOM 6(9)" />', 'content/guides/x/en.mdx:3: <Provision cite="SOM 6(9)">: Unknown provision "SOM 6(9)"'],
    ['a javascript: link', '[x](javascript:alert(1))', 'uses the "javascript:" scheme'],
  ])('refuses %s in MDX', (_, body, message) => {
    expect(check(body, { mdx: true })).toContain(message);
  });
});

describe('content files', () => {
  it('accepts the expected names', () => {
    expect(checkContentFiles(['cases/pe-2024-x/case.yaml', 'cases/pe-2024-x/ar.md', 'guides/g/ru.mdx', 'instruments/editorial-notes.yaml', 'search-terms.yaml'])).toEqual([]);
    expect(checkContentFiles(['jurisdictions/gt/notes.yaml', 'status/parties.json'])).toEqual([]);
  });
  it.each([
    ['cases/pe-2024-x/es.markdown', 'content/cases/pe-2024-x/es.markdown: unexpected file name; a cases folder holds case.yaml, en.md, es.md, fr.md, ru.md, ar.md'],
    ['cases/pe-2024-x/pt.md', 'content/cases/pe-2024-x/pt.md: unexpected file name'],
    ['guides/g/es.md', 'content/guides/g/es.md: unexpected file name; a guides folder holds en.mdx, es.mdx, fr.mdx, ru.mdx, ar.mdx'],
    ['cases/Peru Case/en.md', 'content/cases/Peru Case/: folder names are lower-case slugs'],
    ['cases/notes.txt', 'content/cases/notes.txt: unexpected file; put each entry in its own folder'],
    ['jurisdictions/gt/notes.yml', 'content/jurisdictions/gt/notes.yml: unexpected file name; a jurisdictions folder holds notes.yaml'],
    ['status/parties.csv', 'content/status/parties.csv: unexpected file; put each entry in its own folder'],
  ])('refuses %s, naming the file and the names expected', (file, message) => {
    expect(checkContentFiles([file]).join('\n')).toContain(message);
  });
});

describe('facts held once', () => {
  it('the language versions of a news item must give the same date', () => {
    expect(checkNewsDates([{ slug: 'a', dates: ['2023-01-01', '2023-01-01'] }])).toEqual([]);
    expect(checkNewsDates([{ slug: 'b', dates: ['2023-01-01', '2023-01-02'] }])).toEqual([
      'content/news/b/: the language versions give different dates (2023-01-01, 2023-01-02); the field "date" must be the same in each',
    ]);
  });
});

describe('nearest', () => {
  it('suggests the known key an author probably meant', () => {
    expect(nearest('provisionsCitedByCourts', ['provisionsEngaged', 'provisionsCitedByCourt', 'issues'])).toBe('provisionsCitedByCourt');
    expect(nearest('xyz', ['provisionsEngaged'])).toBeUndefined();
  });
});

describe('MDX pitfalls', () => {
  it('names the line and the fix for a "<" or "{" MDX would misread, and leaves code and tags alone', () => {
    expect(mdxPitfalls('---\ntitle: "a < b"\n---\nPenalty <5 years.\n\n<Provision cite="SOM 6" />\n\n`a<b` and {x}')).toEqual([
      '4: "<5" would be read as the start of a tag; write &lt; (e.g. "&lt;5 years"), or put it in `code`',
      '8: "{" starts a JavaScript expression in MDX; write \\{ to show a brace',
    ]);
    expect(mdxPitfalls('```\n<5 {x}\n```\nText')).toEqual([]);
  });
});
