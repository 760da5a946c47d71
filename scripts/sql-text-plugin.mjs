/** Vite/Vitest plugin: `import sql from './x.sql'` gives the file's text (esbuild's `text` loader does the same in builds). */
export function sqlText() {
  return {
    name: 'sql-text',
    transform(code, id) {
      if (!id.endsWith('.sql')) return null;
      return { code: `export default ${JSON.stringify(code)};`, map: null };
    },
  };
}
