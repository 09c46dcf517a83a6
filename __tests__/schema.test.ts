import { failedRunResult } from '../src/engine.js'
import {
  FAILED_CHECKS,
  FAILED_STAGES,
  MODULE_KINDS,
  OPERATION_TYPES,
  PROBE_CATEGORIES,
  PROBE_STATUSES,
  RUNTIME_SOURCES,
  RUNTIME_STATUSES,
  VERIFIED_BY,
  WASI_LEVELS,
  WASI_VERSIONS
} from '../src/result/index.js'
import { RESULT_SCHEMA_DOCUMENT, schemaErrors } from './helpers/schema.js'

describe('result schema', () => {
  test('accepts a result for a run that could not take place', () => {
    expect(
      schemaErrors(failedRunResult('bad inputs', { rule: 'none', ok: false, message: 'bad inputs' }))
    ).toEqual([])
  })

  test('refuses documents that are not results', () => {
    expect(schemaErrors({})).not.toEqual([])
    const wrongSchema = {
      ...failedRunResult('x', { rule: 'none', ok: true, message: '' }),
      schema: 'wasi-probe/result@2'
    }
    expect(schemaErrors(wrongSchema).join()).toMatch(/schema/)
    const badStatus = failedRunResult('x', { rule: 'none', ok: true, message: '' })
    badStatus.native.status = 'maybe' as never
    expect(schemaErrors(badStatus).join()).toMatch(/native\/status/)
  })
})

describe('the result model and the schema agree', () => {
  const defs = RESULT_SCHEMA_DOCUMENT.$defs
  const probe = defs.probe.properties
  test.each([
    ['a runtime status', RUNTIME_STATUSES, defs.runtimeStatus.enum],
    ['a probe status', PROBE_STATUSES, probe.status.enum],
    ['a probe category', PROBE_CATEGORIES, probe.category.enum],
    ['a failed check', FAILED_CHECKS, probe.failedCheck.enum],
    ['a failed stage', FAILED_STAGES, defs.runtime.properties.failedStage.enum],
    ['a runtime source', [...RUNTIME_SOURCES, null], defs.runtime.properties.source.enum],
    ['how an install was verified', VERIFIED_BY, defs.runtime.properties.install.properties.verifiedBy.enum],
    [
      'a WASI version',
      WASI_VERSIONS,
      RESULT_SCHEMA_DOCUMENT.properties.suites.items.properties.wasiVersion.enum
    ],
    ['a module kind', MODULE_KINDS, RESULT_SCHEMA_DOCUMENT.properties.modules.items.properties.kind.enum],
    ['a WASI level', WASI_LEVELS, RESULT_SCHEMA_DOCUMENT.properties.modules.items.properties.wasi.enum],
    ['an operation', OPERATION_TYPES, probe.expected.properties.operations.items.properties.type.enum]
  ])('%s takes the same values in src/result/ and in the schema', (_what, model, schema) => {
    expect(schema).toEqual([...model])
  })

  test('a field the schema does not describe fails the tests', () => {
    const result = failedRunResult('x', { rule: 'none', ok: true, message: '' })
    expect(schemaErrors({ ...result, native: { ...result.native, bogus: true } })).toEqual([
      '/native must NOT have additional properties: bogus'
    ])
  })
})
