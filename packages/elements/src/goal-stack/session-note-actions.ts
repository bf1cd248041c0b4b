/**
 * What the session note's buttons do with its text: copy it, print it alone, save it as a text file. Nothing
 * leaves the device: the file is made in the page (a blob), the print runs in a blank frame of the page.
 */

/** Copies the note to the clipboard; resolves false when the page may not write there. */
export async function copyNote(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Prints the note alone: a blank, hidden frame gets the text as text (no markup, so strict CSP and Trusted
 * Types have nothing to refuse), prints, and goes away.
 */
export function printNote(text: string, lang: string): void {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  document.body.append(frame);
  const page = frame.contentDocument;
  const view = frame.contentWindow;
  if (!page || !view) return frame.remove();
  page.documentElement.lang = lang;
  const body = page.createElement('pre');
  body.textContent = text;
  // A stylesheet object of the frame's own realm (a sheet is adopted only there), not a style attribute or
  // element: nothing a strict CSP blocks.
  const sheet = new (view as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync('pre { white-space: pre-wrap; font: 12pt/1.5 system-ui, sans-serif; }');
  page.adoptedStyleSheets = [sheet];
  page.body.append(body);
  view.addEventListener('afterprint', () => frame.remove(), { once: true });
  view.print();
}

/** Saves the note as a UTF-8 text file named after the day, e.g. `session-note-2026-11-23.txt`. */
export function saveNote(text: string, day: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `session-note-${day}.txt`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
