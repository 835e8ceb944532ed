/**
 * A hostile host page: the kind of global CSS real portals carry (62.5% root font size, content-box
 * everything, `!important` rules on div/button/a, odd fonts and colours). Widgets must look and work
 * the same inside it.
 */
export const HOSTILE_CSS = `
html { font-size: 62.5% !important; }
* { box-sizing: content-box !important; }
body { font: italic 30px/3 "Comic Sans MS", cursive !important; color: #f0f !important; letter-spacing: 4px !important;
  text-align: right !important; text-transform: uppercase !important; word-spacing: 12px !important; }
div { margin: 40px !important; padding: 30px !important; background: #ff0 !important; border: 5px dashed red !important;
  font-size: 9px !important; }
button { all: unset !important; background: red !important; font-size: 8px !important; padding: 0 !important; }
a { color: #0f0 !important; text-decoration: none !important; font-size: 40px !important; }
p, h1, h2, h3, ul, li { margin: 50px !important; font-size: 2rem !important; }
input, select { font-size: 6px !important; width: 10px !important; }
`;

/** Installs the hostile CSS on the current document; returns a function that removes it. */
export function installHostileHost(doc: Document = document): () => void {
  const style = doc.createElement('style');
  style.dataset.hbrsHostile = '';
  style.textContent = HOSTILE_CSS;
  doc.head.append(style);
  return () => style.remove();
}
