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

// The end-to-end suite: starts the real portal (backend and app dev
// server) on loopback, drives it with Playwright in Debian's Chromium and
// ends with the line CI counts: `e2e: N passed, N failed`.
//
// The tests sign in as the example mesh's people on the development sign-in
// page (auth.providers.example-users): the owner's steps as
// `user:default/guest` (sales-data), then the governance steps as
// `user:default/elena.petrova` on the same portal, so the waiver an owner
// asked for is the one governance decides.

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { stopProcessGroup } = require('./lib/stopProcessGroup');

const root = path.resolve(__dirname, '..');
const yarn = path.join(root, '.yarn', 'releases', 'yarn-4.13.0.cjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-e2e-'));
const BACKEND = 'http://localhost:7007';
const APP = 'http://localhost:3000';
const CHROMIUM = process.env.MESHWORK_CHROMIUM ?? '/usr/bin/chromium';

function log(message) {
  process.stderr.write(`[meshwork e2e] ${message}\n`);
}

/** Debian's Chromium; Playwright's own browser download is not reachable here. */
function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || spawnSync('which', ['apt-get']).status !== 0) {
    log(
      `No Chromium at ${CHROMIUM}: install Debian's chromium package, or set MESHWORK_CHROMIUM`,
    );
    process.stdout.write('e2e: 0 passed, 1 failed\n');
    process.exit(1);
  }
  log("Installing Debian's chromium (once per machine)");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const result = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0 || !fs.existsSync(CHROMIUM)) {
    log('Installing chromium failed');
    process.stdout.write('e2e: 0 passed, 1 failed\n');
    process.exit(1);
  }
}

/** A workspace's dev server in its own process group, logging to a file. */
function startWorkspace(name, env) {
  const logFile = path.join(work, `${name}-${Date.now()}.log`);
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [yarn, 'workspace', name, 'start'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', out, out],
    detached: true,
  });
  child.logFile = logFile;
  return child;
}

async function waitFor(what, check, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`${what}: the process exited; see ${child.logFile}`);
    }
    try {
      if (await check()) return;
    } catch {
      /* not up yet */
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `${what} did not happen within ${timeoutMs / 1000} s${
      child ? `; see ${child.logFile}` : ''
    }`,
  );
}

/**
 * A token of governance's Elena Petrova, to read the backend with: the
 * example policy hides restricted products from the guest, not from her.
 */
async function governanceToken() {
  const res = await fetch(`${BACKEND}/api/auth/example-users/refresh`, {
    headers: {
      'X-Requested-With': 'XMLHttpRequest',
      'x-meshwork-example-user': 'user:default/elena.petrova',
    },
  });
  return (await res.json()).backstageIdentity.token;
}

/** How many data products the example mesh declares; all must be scored before the pages are tested. */
function exampleProductCount() {
  const dir = path.join(root, 'examples', 'data-products');
  let count = 0;
  for (const file of fs
    .readdirSync(dir)
    .filter(name => /\.ya?ml$/.test(name))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    count += (text.match(/^kind:\s*DataProduct\s*$/gm) ?? []).length;
  }
  return count;
}

/** Resolves once nothing answers on the backend's port any more. */
async function waitForBackendGone() {
  await waitFor(
    'the previous backend releasing port 7007',
    async () => {
      try {
        await fetch(`${BACKEND}/.backstage/health/v1/liveness`);
        return false;
      } catch {
        return true;
      }
    },
    60_000,
  );
}

/** The backend, with the scorecards computed so pages have data. */
async function startBackend() {
  await waitForBackendGone();
  const backend = startWorkspace('backend', {
    APP_CONFIG_backend_database_connection: JSON.stringify({
      directory: path.join(work, 'db'),
    }),
    // The first full run comes before the catalog has read the example
    // files, and the change watcher's first look only records what is
    // there; a run every minute scores the whole mesh about a minute in.
    APP_CONFIG_dataProducts_scorecard_schedule: JSON.stringify({
      frequency: { minutes: 1 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 2 },
    }),
    // Search indexes what the scorecard has scored, a minute after start and
    // then every 10 minutes: a first run before the mesh is scored would
    // leave search without its products for 10 minutes. Every minute here.
    APP_CONFIG_search_collators_dataProducts_schedule: JSON.stringify({
      frequency: { minutes: 1 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 30 },
    }),
  });
  await waitFor(
    'the backend answering',
    async () => (await fetch(`${BACKEND}/.backstage/health/v1/readiness`)).ok,
    240_000,
    backend,
  );
  const expected = exampleProductCount();
  await waitFor(
    `the example mesh's ${expected} data products being scored`,
    async () => {
      const token = await governanceToken();
      const res = await fetch(`${BACKEND}/api/data-products/products?limit=1`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      return res.ok && (await res.json()).totalCount >= expected;
    },
    180_000,
    backend,
  );
  log('backend up');
  return backend;
}

/** Runs the tests tagged `tag`; returns their counts from Playwright's JSON report. */
function runPlaywright(tag) {
  const report = path.join(work, `report-${tag.slice(1)}.json`);
  spawnSync(process.execPath, [yarn, 'playwright', 'test', '--grep', tag], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      MESHWORK_E2E: '1',
      MESHWORK_CHROMIUM: CHROMIUM,
      PLAYWRIGHT_URL: APP,
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    },
  });
  if (!fs.existsSync(report)) return { passed: 0, failed: 1 };
  const { stats } = JSON.parse(fs.readFileSync(report, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
}

async function main() {
  ensureChromium();
  let backend;
  const app = startWorkspace('app', { BROWSER: 'none' });
  const totals = { passed: 0, failed: 0 };
  try {
    backend = await startBackend();
    await waitFor(
      'the app dev server answering',
      async () => (await fetch(APP)).ok,
      300_000,
      app,
    );
    // the owner's steps first: governance decides the waiver they ask for
    for (const tag of ['@owner', '@governance', '@consumer']) {
      const counts = runPlaywright(tag);
      totals.passed += counts.passed;
      totals.failed += counts.failed;
    }
  } catch (error) {
    log(String(error.message ?? error));
    totals.failed += 1;
  } finally {
    await Promise.all([stopProcessGroup(backend), stopProcessGroup(app)]);
  }
  log(`screenshots in e2e-test-results/screenshots; logs in ${work}`);
  process.stdout.write(
    `e2e: ${totals.passed} passed, ${totals.failed} failed\n`,
  );
  process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
}

main();
