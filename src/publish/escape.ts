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

/**
 * For the inside of a `<pre>`: line breaks become `&#10;`, which the `<pre>`
 * shows as breaks, so that its source is one line. A `<pre>` that follows other
 * HTML is part of that HTML block, and a blank line (`\n\n`, `\r\r`) would end it.
 */
export function escapePre(text: string): string {
  return escapeEntities(text).replace(/\r\n?|\n/g, '&#10;')
}

/**
 * What changes how a terminal or a reader takes a line: C0 and C1 controls
 * (ESC and CSI start colours, titles, cursor moves), DEL, the line and
 * paragraph separators, and the bidi marks, overrides and isolates that make a
 * line read in another order than it is written.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const unicodeEscape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`

/** `\n`, `\t` as JSON writes them, `\u001b` for the other C0 controls, and the same form for the rest. */
function shownEscaped(ch: string): string {
  const json = JSON.stringify(ch).slice(1, -1)
  return json !== ch ? json : unicodeEscape(ch)
}

/**
 * For a line of plain text (a log, the terminal): control characters, line
 * breaks included, shown escaped (`\n`, `\u001b`, `\u202e`), so that text from
 * outside cannot start a line of its own or steer the terminal.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL, shownEscaped)
}

/** The characters of CONTROL that JSON.stringify writes as they are (it escapes the C0 ones itself). */
const CONTROL_JSON_KEEPS = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** JSON for a terminal: the same value, with those characters written as `\u` escapes too. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(CONTROL_JSON_KEEPS, unicodeEscape)
}

/** `text` cut to at most `max` characters, ending in `…` when it was cut. */
export function clipped(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  // Not between the two halves of a surrogate pair.
  if (/[\ud800-\udbff]/.test(text[end - 1])) end -= 1
  return `${text.slice(0, end)}…`
}

/**
 * A line of the CLI's output that a workflow step's runner could read as a
 * command (`::name::`, after leading spaces) gets an invisible break between
 * its colons: the CLI may run in a workflow, and a suite's name is the user's.
 */
export function notACommand(line: string): string {
  return line.replace(/^(\s*):(?=:)/, '$1:\u200c')
}
