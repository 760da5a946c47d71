/** esbuild settings shared by the app build and the TypeScript script runner. */
export const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  loader: { '.sql': 'text' },
  sourcemap: 'linked',
  logLevel: 'warning',
};
