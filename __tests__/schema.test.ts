import { schemaErrors } from './helpers/schema.js'
import { failedRunResult } from '../src/engine.js'

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
