#!/usr/bin/env node
/*
 * Copyright 2026 The Meshwork Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Runs every Jest suite of the repo once and ends with the line CI counts:
// `tests: N passed, N failed, N skipped`, read from Jest's own JSON report.
// A suite that fails to load counts as one failed test, so it can't hide.

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const report = path.join(
  fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-jest-')),
  'report.json',
);
const yarn = path.join(root, '.yarn', 'releases', 'yarn-4.13.0.cjs');

const POSTGRES_VARIABLE =
  'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/** Whether something listens where the PostgreSQL connection string points. */
function postgresAnswers(connectionString) {
  const { hostname, port } = new URL(connectionString);
  const probe = `require('node:net').connect(${
    Number(port) || 5432
  }, ${JSON.stringify(hostname)})
    .on('connect', () => process.exit(0)).on('error', () => process.exit(1))
    .setTimeout(2000, () => process.exit(1))`;
  return spawnSync(process.execPath, ['-e', probe]).status === 0;
}

// The store's tests run on SQLite and on a real PostgreSQL. Point
// MESHWORK_TEST_POSTGRES (or Backstage's own variable) elsewhere if yours is
// not on loopback with trust auth.
const postgres =
  process.env[POSTGRES_VARIABLE] ??
  process.env.MESHWORK_TEST_POSTGRES ??
  'postgresql://postgres@127.0.0.1:5432';
const env = { ...process.env };
if (postgresAnswers(postgres)) {
  env[POSTGRES_VARIABLE] = postgres;
} else if (process.env.CI) {
  process.stderr.write(
    `[meshwork] No PostgreSQL answers at ${postgres}; CI needs it for the database tests\n`,
  );
  process.stdout.write('tests: 0 passed, 1 failed\n');
  process.exit(1);
} else {
  delete env[POSTGRES_VARIABLE];
  process.stderr.write(
    `\n[meshwork] *** No PostgreSQL answers at ${postgres}: the PostgreSQL tests are SKIPPED, only SQLite runs. ***\n` +
      '[meshwork] *** Set MESHWORK_TEST_POSTGRES=postgresql://user@host:port to run them. ***\n\n',
  );
}

const result = spawnSync(
  process.execPath,
  [
    yarn,
    'backstage-cli',
    'repo',
    'test',
    '--watchAll=false',
    '--json',
    `--outputFile=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env },
);

if (!fs.existsSync(report)) {
  process.stdout.write('tests: 0 passed, 1 failed\n');
  process.stderr.write(
    '[meshwork] Jest wrote no report: it failed before running any test\n',
  );
  process.exit(result.status || 1);
}
const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
const brokenSuites = summary.testResults.filter(
  suite => suite.status === 'failed' && suite.assertionResults.length === 0,
).length;
const failed = summary.numFailedTests + brokenSuites;
const skipped = summary.numPendingTests + summary.numTodoTests;
process.stdout.write(
  `tests: ${summary.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`,
);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
