/**
 * Fills a UI message: `{name}` placeholders, and plurals chosen by `Intl.PluralRules` in ICU MessageFormat style:
 * `{count, plural, one {# result} other {# results}}` (`#` is the number, formatted for the locale).
 * One function for the server and the browser, so every language counts the same way.
 */
export type MessageVars = Record<string, string | number>;

export function formatMessage(template: string, vars: MessageVars, intlLocale: string): string {
  const plural = new Intl.PluralRules(intlLocale);
  const number = new Intl.NumberFormat(intlLocale);
  const show = (value: string | number) => (typeof value === 'number' ? number.format(value) : value);
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) { out += template.slice(i); break; }
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    const inner = template.slice(open + 1, close);
    const pluralMatch = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (pluralMatch) {
      const value = Number(vars[pluralMatch[1]!]);
      const forms = pluralForms(pluralMatch[2]!);
      const form = forms.get(`=${value}`) ?? forms.get(plural.select(value)) ?? forms.get('other') ?? '';
      out += formatMessage(form.replaceAll('#', number.format(value)), vars, intlLocale);
    } else {
      const name = inner.trim();
      out += name in vars ? show(vars[name]!) : `{${name}}`;
    }
    i = close + 1;
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  throw new Error(`Unbalanced braces in UI message: ${text}`);
}

/** `one {# result} other {# results}` → Map { one → "# result", other → "# results" }. */
function pluralForms(spec: string): Map<string, string> {
  const forms = new Map<string, string>();
  let i = 0;
  while (i < spec.length) {
    const m = /\s*(=?\w+)\s*\{/y;
    m.lastIndex = i;
    const head = m.exec(spec);
    if (!head) break;
    const open = m.lastIndex - 1;
    const close = matchingBrace(spec, open);
    forms.set(head[1]!, spec.slice(open + 1, close));
    i = close + 1;
  }
  return forms;
}
