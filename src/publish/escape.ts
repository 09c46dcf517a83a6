// Text from outside (runtime output, paths) on its way into markdown: it must
// not break a table or inject markup.

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

function escapeEntities(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch])
}

/**
 * For inline HTML (`<summary>`, `<p>`, `<code>`): one line, since a blank
 * line would end the HTML block and let the rest render as markdown.
 */
export function escapeHtml(text: string): string {
  return escapeEntities(text.replace(/[\r\n\u2028\u2029]+/g, ' '))
}

/** For a table cell: one line, no pipe, no code span, no HTML. */
export function escapeCell(text: string): string {
  return escapeHtml(text)
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/([\\*_[\]~])/g, '\\$1')
}

/**
 * A code span showing `text` as written, on one line: inside a code span
 * markdown reads no escapes or entities, so the only thing to keep from
 * ending it early is a backtick, and the fence is longer than any run of them.
 */
export function codeSpan(text: string): string {
  return fenced(text.replace(/[\r\n\u2028\u2029]+/g, ' '))
}

/** A code span in a table cell: as codeSpan, with `|` escaped as the table wants (it shows as `|`). */
export function codeCell(text: string): string {
  return fenced(text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\|/g, '\\|'))
}

function fenced(line: string): string {
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = line === '' || line.startsWith('`') || line.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/** For the inside of a <pre> block, which ends only at `</pre>`: line breaks stay. */
export function escapePre(text: string): string {
  return escapeEntities(text)
}

/**
 * For a line of plain text (a log, the terminal): control characters, line
 * breaks included, shown escaped, so that text from outside cannot start a
 * line of its own.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => JSON.stringify(ch).slice(1, -1))
}

/**
 * A line of the CLI's output that a workflow step's runner could read as a
 * command (`::name::`, after leading spaces) gets an invisible break between
 * its colons: the CLI may run in a workflow, and a suite's name is the user's.
 */
export function notACommand(line: string): string {
  return line.replace(/^(\s*):(?=:)/, '$1:\u200c')
}
