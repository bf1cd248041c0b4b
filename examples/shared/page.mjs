// The page around each Vite example app (React, Vue, Angular): one head for all three, so an app's index.html
// holds only what is its own, the element it mounts on and its entry script.

/**
 * A Vite plugin that wraps the app's index.html in the shared page: language, charset, an empty icon (no
 * favicon request) and `title`. It runs before Vite's own HTML work, so the entry script is bundled as usual.
 */
export function examplePage(title) {
  return {
    name: 'otkit-example-page',
    transformIndexHtml: {
      order: 'pre',
      handler: (body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
  </head>
  <body>
${body.replace(/^<!doctype html>\s*/i, '')}
  </body>
</html>
`,
    },
  };
}
