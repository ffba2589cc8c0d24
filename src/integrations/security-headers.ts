/** Writes dist/_headers with the site's Content-Security-Policy and related headers after the build. */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '#src/lib/security.ts';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'palermo-security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        fs.writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}
