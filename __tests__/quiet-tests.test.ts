// The tests' own environment: a passing test's output is held back, a failing
// test's is printed under its name. Checked on a real jest run of a fixture
// with one noisy passing test and one failing test.
import { spawn } from 'node:child_process'

/** Jest, as `npm test` runs it, on the fixture alone. */
function jestOnFixture(env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings',
      'node_modules/jest/bin/jest.js',
      '--ci',
      '--testMatch',
      '**/__tests__/fixtures/quiet/noisy.fixture.ts'
    ],
    { env: { ...process.env, WASI_PROBE_TEST_OUTPUT: '', ...env } }
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })))
}

describe('what tests print', () => {
  test('a passing test prints nothing; a failing one prints all it wrote, in order, under its name', async () => {
    const { status, output } = await jestOnFixture()
    expect(status).toBe(1)
    expect(output).toContain('✓ passes, noisily')
    expect(output).not.toContain('noise of a passing test')
    expect(output).not.toContain('gzip: stdin: unexpected end of file')
    expect(output).not.toContain('noise of a beforeAll')
    // Said outside any test, as the reasons for skipping are.
    expect(output).toContain('said outside any test')
    expect(output).toContain(
      [
        '── what the test "fails, with a clue" of __tests__/fixtures/quiet/noisy.fixture.ts wrote ──',
        '::debug::a clue the failure needs',
        'a child said this',
        'written as bytes',
        '── end ──'
      ].join('\n')
    )
  })

  test('WASI_PROBE_TEST_OUTPUT=show lets every test write', async () => {
    const { output } = await jestOnFixture({ WASI_PROBE_TEST_OUTPUT: 'show' })
    expect(output).toContain('::debug::noise of a passing test')
    expect(output).toContain('noise of a beforeAll')
    expect(output).not.toContain('── what the test')
  })
})
