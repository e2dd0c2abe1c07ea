// The offline build: `npm run build:single` writes dist-single/clusterscope.html, one file with the
// code, styles, icon and the LITEK dataset inlined, that opens from disk with no server and no
// network. A dataset file the person picks is read in the page, as in the hosted app.
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** Inline the icon, and drop worker chunks nothing loads in this build (see `define` below). */
function selfContained(): Plugin {
  const icon = readFileSync(new URL('./public/favicon.svg', import.meta.url));
  const iconUri = `data:image/svg+xml;base64,${icon.toString('base64')}`;
  return {
    name: 'clusterscope-self-contained',
    enforce: 'post',
    transformIndexHtml: (html) => html.replace('href="./favicon.svg"', `href="${iconUri}"`),
    generateBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (/\.worker-[\w-]+\.js$/.test(name)) delete bundle[name];
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), viteSingleFile({ outputFileName: 'clusterscope.html' }), selfContained()],
  base: './',
  // Browsers refuse to start module workers from file:// pages. With `Worker` undefined, the
  // analysis and path clients take their main-thread path instead of failing and falling back.
  define: { Worker: 'undefined' },
  publicDir: false,
  build: {
    outDir: 'dist-single',
    emptyOutDir: true,
    chunkSizeWarningLimit: 10_000,
  },
});
