// The direction dependencies take (npm run lint:deps; .ci/run runs it):
// entries → stages → runtime adapters and probes → the result model.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle makes the order of loading, and of understanding, undefined.',
      from: {},
      to: { circular: true }
    },
    {
      name: 'result-imports-nothing',
      severity: 'error',
      comment: 'The result model is the plain data every stage shares: it depends on none of them.',
      from: { path: '^src/result/' },
      to: { path: '^src/', pathNot: '^src/result/' }
    },
    {
      name: 'only-entries-touch-the-toolkit',
      severity: 'error',
      comment: 'Stages take and return plain data; only the entries read inputs and write outputs.',
      from: { path: '^src/', pathNot: '^src/(action|post|report-action|cli)/' },
      to: { path: '@actions/core' }
    },
    {
      name: 'adapters-import-no-stage',
      severity: 'error',
      comment: 'A runtime adapter is knowledge about one runtime; the stages read it, never the other way.',
      from: { path: '^src/runtimes/' },
      to: { path: '^src/', pathNot: '^src/(runtimes|result)/' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] }
  }
}
