/**
 * What content bodies (Markdown and MDX) may contain besides Markdown: the project's MDX components, a few harmless
 * inline HTML elements, and links whose scheme is https, http or mailto (or site-relative links). Everything else —
 * scripts, event handlers, frames, meta refreshes, remote images, `javascript:` links — fails the build.
 * Pure: the remark plugin in src/markdown/ applies it to the parsed tree.
 */

/** MDX components authors may use (each page passes them to `<Content components={…} />`). */
export const CONTENT_COMPONENTS = ['Provision', 'RouteMap'] as const;

/** Inline HTML elements allowed in bodies, with the attributes each may carry. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = { abbr: ['title'], sub: [], sup: [], br: [] };

export const ALLOWED_SCHEMES = ['https', 'http', 'mailto'] as const;

/** The scheme of a URL (`javascript`, `https`), or null for a relative URL or a fragment. */
export function schemeOf(url: string): string | null {
  const m = /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

/** Why a link target is refused, or null when it is allowed. `image` targets must stay on this site. */
export function urlProblem(url: string, kind: 'link' | 'image'): string | null {
  const scheme = schemeOf(url.replace(/[\u0000-\u0020]/g, ''));
  if (url.trim().startsWith('//')) return `"${url}" leaves the site without saying how (protocol-relative); write https://…`;
  if (kind === 'image') {
    return scheme ? `image "${url}" is not on this site; images must be files of the site (a relative path), never from another origin` : null;
  }
  if (scheme && !(ALLOWED_SCHEMES as readonly string[]).includes(scheme)) {
    return `link "${url}" uses the "${scheme}:" scheme; only ${ALLOWED_SCHEMES.map((s) => `${s}:`).join(', ')} and site-relative links are allowed`;
  }
  return null;
}

/** Why an element in a body is refused, or null when it is allowed. */
export function elementProblem(name: string, attributes: readonly { name: string; value: unknown }[]): string | null {
  if ((CONTENT_COMPONENTS as readonly string[]).includes(name)) return null;
  const allowed = ALLOWED_ELEMENTS[name.toLowerCase()];
  if (!allowed) {
    return `<${name}> is not allowed in content; write Markdown, or use one of the components ${CONTENT_COMPONENTS.map((c) => `<${c}>`).join(', ')}` +
      ` (allowed inline HTML: ${Object.keys(ALLOWED_ELEMENTS).map((e) => `<${e}>`).join(', ')})`;
  }
  const bad = attributes.filter((a) => !allowed.includes(a.name));
  if (bad.length) return `<${name}> may not carry ${bad.map((a) => `"${a.name}"`).join(', ')}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`;
  return null;
}

/** Element names and attributes of a raw HTML fragment as Markdown keeps it (`<iframe src=…>`), for the policy above. */
export function htmlTags(html: string): { name: string; attributes: { name: string; value: string }[] }[] {
  const tags: { name: string; attributes: { name: string; value: string }[] }[] = [];
  for (const m of html.matchAll(/<\s*([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const attributes = [...m[2]!.matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)].map((a) => ({ name: a[1]!.toLowerCase(), value: (a[2] ?? '').replace(/^["']|["']$/g, '') }));
    tags.push({ name: m[1]!, attributes });
  }
  return tags;
}

/**
 * Characters MDX would misread, found before MDX parses the file (its own message, "Unexpected character `5`", names
 * neither the fix nor, always, the line): a `<` not opening a tag (`<5 years`) and a `{` outside code. Returns
 * `line: message` for each, with what to write instead.
 */
export function mdxPitfalls(text: string): string[] {
  const problems: string[] = [];
  let fenced = false;
  let frontMatter = text.startsWith('---');
  text.split('\n').forEach((raw, i) => {
    if (frontMatter) { if (i > 0 && raw.trim() === '---') frontMatter = false; return; }
    if (/^\s*(```|~~~)/.test(raw)) { fenced = !fenced; return; }
    if (fenced) return;
    const line = raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    for (const m of line.matchAll(/<(?![A-Za-z/!])(.?)/g)) {
      problems.push(`${i + 1}: "<${m[1] ?? ''}" would be read as the start of a tag; write &lt; (e.g. "&lt;5 years"), or put it in \`code\``);
    }
    if (/(?<!\\)\{/.test(line)) problems.push(`${i + 1}: "{" starts a JavaScript expression in MDX; write \\{ to show a brace`);
  });
  return problems;
}
