// Says why tests are skipped. Straight to stderr: jest keeps back what a skipped
// suite writes with console.log when several suites run, and the reason is lost.
export function sayWhySkipped(what: string, reason: string): void {
  process.stderr.write(`Skipping ${what}: ${reason}\n`)
}
