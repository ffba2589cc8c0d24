/**
 * Astro's glob loader, but two files that yield the same entry id fail the build naming both files.
 * Astro's own duplicate check only warns by default and misses files loaded in parallel; a silently
 * overwritten entry would drop a page from the site.
 * @see https://docs.astro.build/en/reference/content-loader-reference/#glob-loader
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

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
              return target.set(entry);
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return inner.load({ ...context, store });
    },
  };
}
