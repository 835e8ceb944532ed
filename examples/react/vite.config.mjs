// React's JSX through Vite's own esbuild transform (no Babel plugin needed for this example).
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  // (the built-in sample data set is one large chunk, loaded only by pages without a feed)
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 3000 },
});
