/**
 * Loaded before every test file (scripts/run-tests.mjs passes it to `node --import`), as the app's entry points
 * load it at start: registers the fi / sv / en catalogs, so tests of views, e-mails and use cases that translate
 * see the same messages as the running service.
 */
import '../../src/catalogs.js';
