import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import formats from 'ajv-formats'

// ajv-formats is CommonJS with a `default` export; how it arrives depends on the loader.
const addFormats = (formats as unknown as { default?: typeof formats.default }).default ?? formats.default

export const RESULT_SCHEMA_DOCUMENT = JSON.parse(readFileSync('schema/result.schema.json', 'utf8'))

/**
 * The schema as the tests hold results to it: every object that lists its
 * properties takes no other. The shipped schema lets unknown fields through, so
 * that an older report reads a newer probe's results; here a field the code
 * writes but the schema does not describe fails, and the two cannot drift.
 */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict)
  if (typeof node !== 'object' || node === null) return node
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, strict(value)]))
  if ('properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false
  return copy
}

const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
const validate = ajv.compile(strict(RESULT_SCHEMA_DOCUMENT) as object)

/** The schema's complaints about `document`, empty when it is a valid result. */
export function schemaErrors(document: unknown): string[] {
  if (validate(document)) return []
  return (validate.errors ?? []).map(
    (e: { instancePath: string; message?: string; params?: { additionalProperty?: string } }) =>
      `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ''}`
  )
}
