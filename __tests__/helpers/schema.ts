import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import formats from 'ajv-formats'

// ajv-formats is CommonJS with a `default` export; how it arrives depends on the loader.
const addFormats = (formats as unknown as { default?: typeof formats.default }).default ?? formats.default

const schema = JSON.parse(readFileSync('schema/result.schema.json', 'utf8'))
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
const validate = ajv.compile(schema)

/** The schema's complaints about `document`, empty when it is a valid result. */
export function schemaErrors(document: unknown): string[] {
  if (validate(document)) return []
  return (validate.errors ?? []).map(
    (e: { instancePath: string; message?: string }) => `${e.instancePath || '/'} ${e.message}`
  )
}
