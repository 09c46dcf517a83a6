// Text from outside (runtime output, paths) on its way into markdown: it must
// not break a table or inject markup.

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch])
}

/** For a table cell: one line, no pipe, no code span, no HTML. */
export function escapeCell(text: string): string {
  return escapeHtml(text)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/([\\*_[\]~])/g, '\\$1')
}

/** For the inside of a <pre> block, which ends only at `</pre>`. */
export function escapePre(text: string): string {
  return escapeHtml(text)
}
