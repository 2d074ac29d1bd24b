/**
 * Layers point one way (docs/architecture.md): entry points and registries (src/*.ts) → modules → platform.
 * `npm test` runs this check (`npm run lint:deps`); a new upward import fails it.
 */
const REGISTRIES = '^src/(main|boot|routes|catalogs|mail-templates|jobs)\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'platform-not-to-modules',
      comment: 'platform/ is machinery shared by every module and knows none of them: modules register themselves in the src-level registries.',
      severity: 'error',
      from: { path: '^src/platform/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'platform-not-to-registries',
      comment: 'platform/ receives what modules register (routes, catalogs, mail templates, jobs) as parameters; it never imports the registries.',
      severity: 'error',
      from: { path: '^src/platform/', pathNot: '\\.test\\.tsx?$' },
      to: { path: REGISTRIES },
    },
    {
      name: 'modules-not-to-registries',
      comment: 'A module is registered by the src-level registries; it does not import them, nor the CLI.',
      severity: 'error',
      from: { path: '^src/modules/', pathNot: '\\.test\\.tsx?$' },
      to: { path: [REGISTRIES, '^src/cli/'] },
    },
    {
      name: 'routes-not-to-repositories',
      comment: 'Routes are thin: parse, authorise, call one use case, render. SQL is reached only through use cases.',
      severity: 'error',
      from: { path: '\\.routes\\.tsx?$' },
      to: { path: '\\.repo\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'views-not-to-repositories',
      comment: 'Views render data they are given; they never query.',
      severity: 'error',
      from: { path: '\\.views\\.tsx$' },
      to: { path: '\\.repo\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'src-not-to-tests-or-bench',
      comment: 'Application code never depends on test support or benchmarks.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$|\\.fixture\\.ts$|test-' },
      to: { path: '^(tests|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|data)/' },
  },
};
