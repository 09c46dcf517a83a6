// Checks a document against the shipped result schema (schema/result.schema.json).
import { Ajv2020 } from 'ajv/dist/2020.js'
import formats from 'ajv-formats'
import schema from '../../../schema/result.schema.json' with { type: 'json' }

// ajv-formats is CommonJS with a `default` export; how it arrives depends on the bundler.
const addFormats = (formats as unknown as { default?: typeof formats.default }).default ?? formats.default

let validator: ReturnType<Ajv2020['compile']> | undefined

/** The schema's complaints about `document`; empty when it is a valid result. */
export function resultSchemaErrors(document: unknown): string[] {
  if (!validator) {
    // Compiled once per run, for a few hundred small documents: ajv's code optimiser costs more
    // than it saves here (about half the compile time).
    const ajv = new Ajv2020({ allErrors: true, strict: true, code: { optimize: false } })
    addFormats(ajv, ['date-time'])
    validator = ajv.compile(schema)
  }
  if (validator(document)) return []
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
}
