// The first line of a script the kernel runs through an interpreter (a
// binfmt_misc wrapper). The kernel takes the interpreter's path up to the first
// space and passes the rest as one word, so a path with a space, or more than
// one argument, goes through `env -S`, which splits the words again.

const PLAIN = /^[\w@%+=:,./-]+$/

/** One word for `env -S`: single quotes keep what is inside as written, but for \\ and \'. */
function envWord(word: string): string {
  return PLAIN.test(word) ? word : `'${word.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

/** `#!program args...`, as the kernel will run it. */
export function shebang(program: string, args: readonly string[] = []): string {
  if (PLAIN.test(program) && args.length <= 1 && args.every((arg) => PLAIN.test(arg)))
    return `#!${[program, ...args].join(' ')}`
  return `#!/usr/bin/env -S ${[program, ...args].map(envWord).join(' ')}`
}
