/** ts-jest in ESM mode; run through `npm test` (node --experimental-vm-modules). */
export default {
  // Node's, with each test's output held back and shown only when it fails.
  testEnvironment: '<rootDir>/__tests__/helpers/quiet-environment.ts',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testTimeout: 60000
}
