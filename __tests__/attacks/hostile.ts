// What an adversary puts where wasi-probe reads foreign text: a runtime's
// output, a module's, a spec file's, a result file's, a server's. Every attack
// test in this folder draws on these, so that a new trick is one more entry.

/** Lines the runner would take for workflow commands, if they reached the log as they are. */
export const WORKFLOW_COMMANDS = [
  '::error::injected by the module',
  '::warning file=x::injected',
  '::add-mask::secret',
  '::stop-commands::pwned',
  '  ::set-output name=x::y',
  '::group::injected',
  '::debug::injected'
] as const

/** Text that, placed in markdown or HTML as it is, would add markup of its own. */
export const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '</details></summary></table># heading',
  '\r# heading after a carriage return',
  'line\n\n# heading after a blank line\n![img](https://example.com/x.png)',
  '| broken | table |',
  '`code` **bold** _em_ [link](https://example.com)',
  '&amp; &#124; &lt;'
] as const

/** Terminal control: colours, a title change (OSC), a cursor move, a clear screen. */
export const TERMINAL_ESCAPES = [
  '\u001b[31mred\u001b[0m',
  '\u001b]0;pwned title\u0007',
  '\u001b]8;;https://example.com\u001b\\link\u001b]8;;\u001b\\',
  '\u001b[2J\u001b[H',
  '\u009b31m'
] as const

/** Characters that make a line read differently than it is: bidi overrides and isolates, C1 controls. */
export const INVISIBLE_CONTROL = [
  'invoice\u202egnp.exe\u202c',
  '\u2067isolated\u2069 \u2066ltr\u2069 \u2068first\u2069',
  '\u009d0;C1 title\u009c',
  'next\u0085line'
] as const
