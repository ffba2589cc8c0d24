/**
 * The Content-Security-Policy of every page: nothing from another origin, no inline script or style.
 * Pagefind needs WebAssembly ('wasm-unsafe-eval') and its same-origin web worker.
 * Shipped as a <meta> in each page and, with the headers a <meta> cannot carry, in dist/_headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** `_headers` file (Netlify / Cloudflare Pages format) for hosts that read one. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
}
