// Keeps the modular monolith's edges hard (docs/ARCHITECTURE.md, "Rules"):
//  - code outside src/modules/<name>/ may import that module only through its index.ts;
//  - src/platform/ imports no module at all.
import path from 'node:path';

const SRC = path.resolve('src');
const MODULES = path.join(SRC, 'modules');
const PLATFORM = path.join(SRC, 'platform');

function moduleOf(file) {
  const rel = path.relative(MODULES, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep)[0];
}

function isIndex(target, name) {
  const rel = path.relative(path.join(MODULES, name), target);
  return rel === '' || /^index(\.tsx?|\.js)?$/.test(rel);
}

export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'import a module only through its index.ts; platform imports no module' },
    messages: {
      platform:
        'src/platform must not import a module ({{name}}): move the shared part into the platform.',
      door: "Import module '{{name}}' through its index.ts, not '{{source}}'.",
    },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.filename);
    const own = moduleOf(file);
    const inPlatform = !path.relative(PLATFORM, file).startsWith('..');
    function check(node) {
      const source = node.source && node.source.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      const name = moduleOf(target);
      if (!name || name === own) return;
      if (inPlatform) context.report({ node, messageId: 'platform', data: { name } });
      else if (!isIndex(target, name))
        context.report({ node, messageId: 'door', data: { name, source } });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
