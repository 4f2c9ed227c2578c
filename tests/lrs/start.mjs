// A real Learning Record Store for the e2e tests: Learning Locker's statements service
// (@learninglocker/xapi-statements 7.8.0, pinned by this folder's own lock), everything in memory, on
// http://127.0.0.1:$LRS_PORT/xAPI/ (4380 unless told), key Basic `test:test` (see requireTestKey).
// `npm run test:e2e` installs this folder first (tests/setup/ensure-lrs.mjs) and Playwright starts this file
// (tests/playwright.config.ts). LRS_VERBOSE=1 shows the service's own log.
//
// Why not the package's dist/server.js: it listens on every interface and cannot be told a host, and it has no
// way to empty the store between tests. This file builds the same express app from the same parts as server.js
// 7.8.0 does, and adds one route outside /xAPI/, `DELETE /harness/statements` (204), which empties the store.
//
// How 7.8.0 answers a browser on another origin (the site at http://127.0.0.1:4322, this at :4380), measured with
// curl and from Chromium (tests/e2e/lrs-server.spec.ts):
// - CORS is built in (the `cors` package, origin reflected, credentials allowed), so no proxy is needed: the
//   preflight OPTIONS for a POST with `Authorization`, `Content-Type: application/json` and
//   `X-Experience-API-Version: 1.0.3` answers 200 with Access-Control-Allow-Origin: <the page's origin>,
//   -Allow-Headers echoing those three, -Allow-Methods GET,HEAD,PUT,PATCH,POST,DELETE, -Allow-Credentials: true,
//   -Expose-Headers: ETag.
// - Chromium 156's Local Network Access: a page served from 127.0.0.1 may fetch this (both loopback), but a page
//   Playwright made itself (route.fulfill) has no address, counts as public, and is refused: "Permission was denied
//   for this request to access the `loopback` address space". By the same rule (not tested here) a site on the
//   internet reaches an LRS on a private or loopback address only if the browser asks the learner and they allow it.
// - POST /xAPI/statements with an array of 2 new statements: 200, body the JSON array of their 2 ids, in order.
// - The same POST again (same ids, same content): 200, the same 2 ids; nothing is stored twice.
// - A POST of [a new statement, a stored id with other content] (either order): 409,
//   {"errorId": "...", "message": "<the stored id> is conflicting"}; the batch is refused whole, the new statement
//   in it is NOT stored.
// - PUT /xAPI/statements?statementId=<id> with one statement: 204; the same again: 204; other content: 409.
// - Every answer above, 4xx included, carries Access-Control-Allow-Origin, so a page can read it.
// - GET /xAPI/statements: 200 {"more": "", "statements": [...]}, newest `stored` first (`ascending=true` for the
//   other way), 100 a page (`limit`). When there are more, `more` is a path from the origin,
//   "/xAPI/statements?limit=…&cursor=…". Each statement comes back with `stored`, `authority` (the test client,
//   mailto:client@example.org) and `version` ("1.0.0") added.
// - Without the X-Experience-API-Version header: 400, {"errorId": …, "warnings": ["Missing required value in
//   'header.X-Experience-API-Version'"]}. An invalid statement: 400 with a warning naming the field.
// - Keys: see requireTestKey below (a wrong key or none: 401 from this harness, never from the service).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.LRS_PORT ?? 4380);
const verbose = process.env.LRS_VERBOSE === '1';
// A fresh folder each start: attachments and the access log go there, and nothing outlives the run.
const scratch = mkdtempSync(join(tmpdir(), 'cdl-lrs-'));

// The service reads its configuration from the environment when its modules load, so set it first.
Object.assign(process.env, {
  AUTH_REPO: 'test',
  EVENTS_REPO: 'test',
  MODELS_REPO: 'memory',
  STORAGE_REPO: 'local',
  FS_LOCAL_STORAGE_DIR: join(scratch, 'storage'),
  EXPRESS_PORT: String(port),
  EXPRESS_MORGAN_DIRECTORY: join(scratch, 'access-logs'),
  // Quiet: the service also tries (and fails, three times) to reach a MongoDB it never uses with these repos.
  WINSTON_CONSOLE_LEVEL: verbose ? 'info' : 'error',
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
});
if (!verbose) process.removeAllListeners('warning');

const require = createRequire(join(import.meta.dirname, 'node_modules', '@learninglocker/xapi-statements/dist/'));
const part = (name) => require(`./${name}`).default;
const logger = part('logger');
if (!verbose) logger.transports.console.silent = true;

const express = require('express');
const config = part('config');
const { aboutRoute, fullActivitiesRoute, statementsRoute } = require('./utils/constants');
const service = part('serviceFactory')();
const presenter = part('expressPresenter')({
  llClientInfoEndpoint: config.llClientInfoEndpoint,
  customRoute: config.express.customRoute,
  customRouteText: config.express.customRouteText,
  morganDirectory: config.express.morganDirectory,
  bodyParserLimit: config.express.bodyParserLimit,
  service,
  tracker: part('tracker'),
  translator: part('translatorFactory')(),
  logger,
  allowUndefinedMethod: config.express.allowUndefinedMethod,
  allowFormBody: config.express.allowFormBody,
});

const app = express();
// The service's `test` auth lets every request in, with any key or none. A real LRS refuses a wrong key, and the
// site's sender must show that, so this harness asks for exactly `test:test` on everything but /xAPI/about (open in
// xAPI, and what Playwright polls) and the CORS preflight (which never carries credentials). The refusal carries
// the CORS headers, so a page on another origin reads the 401 instead of a network error.
const cors = require('jscommons/dist/expressPresenter/mixins/cors').default;
const TEST_KEY = `Basic ${Buffer.from('test:test').toString('base64')}`;
const requireTestKey = (request, response, next) => {
  if (request.method === 'OPTIONS' || request.get('Authorization') === TEST_KEY) return next();
  response.status(401).json({ message: 'Expected Basic auth test:test (tests/lrs/start.mjs)' });
};
app.use(statementsRoute, cors(), requireTestKey);
app.use(fullActivitiesRoute, cors(), requireTestKey);
app.use(aboutRoute, presenter.aboutRouter);
app.use(fullActivitiesRoute, presenter.fullActivitiesRouter);
app.use(statementsRoute, presenter.statementsRouter);
// Test only, never part of xAPI: empties statements, activities and attachments (the service's own clear).
app.delete('/harness/statements', (_request, response, next) => {
  service.clearService().then(() => response.status(204).end(), next);
});

const server = app.listen(port, '127.0.0.1', () => {
  console.log(`Test LRS (Learning Locker xapi-statements, in memory) at http://127.0.0.1:${port}/xAPI/`);
});
server.on('error', (error) => {
  console.error(`Test LRS could not start on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
const stop = () => {
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
