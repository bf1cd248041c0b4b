// A rollup plugin for the CDN files: folds the white space of Lit's css`…`, html`…` and svg`…` templates,
// which terser keeps as written (it cannot know what the text means). Only the static text between
// expressions changes; the expressions stay untouched.
//  - css: comments go; runs of white space become one space; the spaces next to { } ; : , go.
//  - html and svg: a run of white space that holds a line break becomes one space (what the browser renders
//    anyway, outside <pre> and <textarea>, whose contents our templates never write as static text).

const TAGS = new Set(['css', 'html', 'svg']);

function foldCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':');
}

function foldMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Walks an ESTree AST and calls `visit` on every node. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

export function minifyTemplates() {
  return {
    name: 'otkit-minify-templates',
    transform(code, id) {
      if (!/\.(m?js|ts)$/.test(id) || !/(css|html|svg)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name))
          return;
        const fold = node.tag.name === 'css' ? foldCss : foldMarkup;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          // A backslash before a line break is a line continuation: leave such text as it is.
          if (raw.includes('\\\n')) continue;
          const folded = fold(raw);
          if (folded !== raw) edits.push([quasi.start, quasi.end, folded]);
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
