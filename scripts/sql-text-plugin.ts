import type { Plugin } from 'vite';

/** `import sql from './x.sql'` gives the file's text in Vitest, as esbuild's `text` loader does in builds. */
export function sqlText(): Plugin {
  return {
    name: 'sql-text',
    transform(code, id) {
      if (!id.endsWith('.sql')) return null;
      return { code: `export default ${JSON.stringify(code)};`, map: null };
    },
  };
}
