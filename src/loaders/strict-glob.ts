/**
 * Astro's glob loader, but two files that yield the same entry id fail the build naming both files.
 * Astro's own duplicate check only warns by default and misses files loaded in parallel; a silently
 * overwritten entry would drop a page from the site.
 * @see https://docs.astro.build/en/reference/content-loader-reference/#glob-loader
 */
import fs from 'node:fs';
import path from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';

type GlobOptions = Parameters<typeof glob>[0];

/**
 * The data of a YAML file or of Markdown front matter as written, read again with the YAML 1.2 core schema: a date stays
 * the text the author wrote ("2023-02-30" is then caught as no real date instead of becoming 2 March), and nothing
 * depends on the build machine's time zone. JSON files are left as the loader read them.
 */
function rawData(filePath: string | undefined, data: Record<string, unknown>): Record<string, unknown> {
  if (!filePath || !/\.(ya?ml|mdx?)$/.test(filePath)) return data;
  const text = fs.readFileSync(path.resolve(filePath), 'utf8');
  if (/\.ya?ml$/.test(filePath)) return (parseYaml(text) ?? {}) as Record<string, unknown>;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? ((parseYaml(match[1]!) ?? {}) as Record<string, unknown>) : {};
}

export function strictGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'strict-glob',
    load: async (context) => {
      const fileOf = new Map<string, string>();
      const store = new Proxy(context.store, {
        get(target, prop, receiver) {
          if (prop === 'set') {
            return (entry: Parameters<typeof target.set>[0]) => {
              const previous = fileOf.get(entry.id);
              if (previous && entry.filePath && previous !== entry.filePath) {
                throw new Error(
                  `Duplicate id "${entry.id}" in collection "${context.collection}": ${previous} and ${entry.filePath} both give it. ` +
                    'Each entry needs its own id: rename one file or change its `slug` field.',
                );
              }
              if (entry.filePath) fileOf.set(entry.id, entry.filePath);
              // A Markdown body with nothing in it would render an empty page.
              if (entry.filePath && /\.mdx?$/.test(entry.filePath) && !entry.body?.trim()) {
                throw new Error(`${entry.filePath}: the text below the front matter is empty; write the body, or remove the file`);
              }
              return target.set(entry);
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      // The glob loader logs a body that fails to render (e.g. markup the content policy refuses) and carries on;
      // here that error fails the build instead, so no entry is published half-rendered.
      const logger = new Proxy(context.logger, {
        get(target, prop, receiver) {
          if (prop === 'error') return (message: string) => { throw new Error(message); };
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return inner.load({ ...context, store, logger, parseData: ((props) => context.parseData({ ...props, data: rawData(props.filePath, props.data) as typeof props.data })) as typeof context.parseData });
    },
  };
}
