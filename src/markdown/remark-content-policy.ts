/**
 * Remark plugin: applies the content markup policy (src/lib/markup-policy.ts) to every Markdown and MDX body and fails
 * the build on the first breach, naming the file, the line and what to write instead. Raw HTML never reaches dist/.
 * The tree is parsed by remark/MDX (the unified ecosystem), so the check sees what the renderer would render.
 */
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { elementProblem, htmlTags, urlProblem } from '#src/lib/markup-policy.ts';

interface AnyNode extends Node { value?: string; url?: string; name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] }

export interface ContentPolicyOptions {
  /** Why a `<Provision cite="…">` citation names no provision held, or null (checked here so the message names the .mdx file and line). */
  citationProblem?: (cite: string) => string | null;
}

export function remarkContentPolicy(options: ContentPolicyOptions = {}) {
  return (tree: Node, file: VFile) => {
    const refuse = (node: Node, message: string) => {
      const line = node.position?.start.line;
      throw new Error(`${file.path}${line ? `:${line}` : ''}: ${message}`);
    };
    visit(tree, (node: AnyNode) => {
      switch (node.type) {
        case 'html': {
          if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value ?? '')) return;
          for (const tag of htmlTags(node.value ?? '')) {
            const problem = elementProblem(tag.name, tag.attributes);
            if (problem) refuse(node, problem);
            for (const a of tag.attributes) if (a.name === 'href' || a.name === 'src') { const p = urlProblem(a.value, a.name === 'src' ? 'image' : 'link'); if (p) refuse(node, p); }
          }
          return;
        }
        case 'link': case 'definition': {
          const problem = urlProblem(node.url ?? '', 'link');
          if (problem) refuse(node, problem);
          return;
        }
        case 'image': case 'imageReference': {
          const problem = urlProblem(node.url ?? '', 'image');
          if (problem) refuse(node, problem);
          return;
        }
        case 'mdxJsxFlowElement': case 'mdxJsxTextElement': {
          if (!node.name) refuse(node, 'fragments (<>…</>) are not allowed in content; write Markdown');
          const attributes = (node.attributes ?? []).map((a) => {
            if (a.type !== 'mdxJsxAttribute') refuse(node, `<${node.name}> may not spread attributes ({...}); write each attribute`);
            return { name: a.name ?? '', value: a.value };
          });
          const problem = elementProblem(node.name!, attributes);
          if (problem) refuse(node, problem);
          for (const a of attributes) {
            if (a.value !== null && typeof a.value === 'object') refuse(node, `<${node.name}> attribute "${a.name}" is a JavaScript expression; write a plain string, e.g. ${a.name}="…"`);
          }
          if (node.name === 'Provision') {
            const cite = attributes.find((a) => a.name === 'cite')?.value;
            if (typeof cite !== 'string') refuse(node, '<Provision> needs a cite attribute, e.g. <Provision cite="SOM 6(1)(a)" />');
            const problem = options.citationProblem?.(cite as string);
            if (problem) refuse(node, `<Provision cite="${String(cite)}">: ${problem}`);
          }
          return;
        }
        case 'mdxjsEsm':
          refuse(node, 'import/export statements are not allowed in content; the components are provided by the page');
          return;
        case 'mdxFlowExpression': case 'mdxTextExpression':
          refuse(node, `"{${node.value ?? ''}}" is a JavaScript expression; write text (to show a brace, write \\{)`);
          return;
      }
    });
  };
}
