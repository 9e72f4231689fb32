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

// The adoption test: what a Backstage adopter goes through, on the packages
// as they would be published. It packs every published @meshwork/* package,
// creates a fresh portal with @backstage/create-app in a temporary folder,
// applies the README's "In your own portal" section to it (read from the
// README itself, between its `<!-- adoption:... -->` markers), installs,
// type-checks, starts the backend on a free port and checks that a data
// product is scored and /api/data-products/rules answers. The last line is
// the one CI counts: `adoption: N passed, N failed`.
//
//   npm run test:adoption                      the whole test
//   npm run test:adoption -- --keep            keep the temporary folder
//   npm run test:adoption -- --readme FILE     apply another README's section
//   npm run test:adoption -- --no-build        pack the dist/ folders as they are
//
// Run through scripts/bootstrap.js (Node 22, the repo's dependencies).

const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { stopProcessGroup } = require('./lib/stopProcessGroup');
const YAML = require('yaml');

const root = path.resolve(__dirname, '..');
const yarnRelease = path.join(root, '.yarn', 'releases', 'yarn-4.13.0.cjs');
const fixtures = path.join(__dirname, 'adoption');
const CREATE_APP = '@backstage/create-app@0.9.2';
// 0.3.21 needs a newer httpRouter than Backstage 1.55 has
// (`httpRouter.addWebSocketHandler is not a function`): TOOLCHAIN.md.
const SIGNALS_BACKEND_PIN = { '@backstage/plugin-signals-backend': '0.3.19' };
const PRODUCT_REF = 'dataproduct/default/adoption-orders';
const MARKERS = [
  'backend-deps',
  'app-deps',
  'backend-index',
  'backend-index-remove',
  'app-config',
];

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const build = !args.includes('--no-build');
const readmeArg = args.indexOf('--readme');
const readmePath =
  readmeArg >= 0
    ? path.resolve(args[readmeArg + 1])
    : path.join(root, 'README.md');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-adoption-'));
const portal = path.join(work, 'portal');
const tarballs = path.join(work, 'tarballs');
const timings = [];

function log(message) {
  process.stderr.write(`[meshwork adoption] ${message}\n`);
}

/** Runs a named step, timing it; the table is printed at the end. */
async function step(name, fn) {
  log(`${name} ...`);
  const start = Date.now();
  try {
    return await fn();
  } finally {
    const seconds = (Date.now() - start) / 1000;
    timings.push([name, seconds]);
    log(`${name}: ${seconds.toFixed(1)} s`);
  }
}

/** Runs a command to completion; throws with its name when it fails. */
function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, {
    stdio: ['ignore', 2, 2],
    ...options,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${[command, ...commandArgs].join(' ')} exited with ${result.status}`,
    );
  }
}

const yarnIn = (cwd, yarnArgs, env = process.env) =>
  run(process.execPath, [yarnRelease, ...yarnArgs], { cwd, env });

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function writeJson(file, value) {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * The README's install section: for each marker, the fenced code block
 * right after it. A missing marker, or one this test does not know, fails
 * the test: the README and this test must move together.
 */
function readInstallSection(file) {
  const text = fs.readFileSync(file, 'utf8');
  const blocks = {};
  for (const [, marker] of text.matchAll(/<!-- adoption:([\w-]+) -->/g)) {
    if (!MARKERS.includes(marker)) {
      throw new Error(
        `the README has \`<!-- adoption:${marker} -->\`, which scripts/test-adoption.js does not apply`,
      );
    }
  }
  for (const marker of MARKERS) {
    const match = new RegExp(
      `<!-- adoption:${marker} -->\\s*\\n(\`{3,})[^\\n]*\\n([\\s\\S]*?)\\n\\1`,
    ).exec(text);
    if (!match) {
      throw new Error(
        `${path.relative(
          root,
          file,
        )} has no \`<!-- adoption:${marker} -->\` followed by a fenced code block`,
      );
    }
    blocks[marker] = match[2];
  }
  return blocks;
}

/** The workspaces a release publishes: every package not marked private. */
function publishedPackages() {
  const found = [];
  for (const folder of ['packages', 'plugins']) {
    for (const name of fs.readdirSync(path.join(root, folder)).sort()) {
      const manifest = path.join(root, folder, name, 'package.json');
      if (!fs.existsSync(manifest)) continue;
      const pkg = readJson(manifest);
      if (!pkg.private) found.push({ name: pkg.name, version: pkg.version });
    }
  }
  return found;
}

/**
 * Builds and packs the way a release does: the repository-wide tsc writes
 * the dist-types/ that `backstage-cli repo build` takes the .d.ts from, then
 * `yarn pack` (with each package's prepack) makes the tarball npm would get.
 */
function buildAndPack() {
  if (build) {
    yarnIn(root, ['tsc']);
    yarnIn(root, ['backstage-cli', 'repo', 'build']);
  }
  fs.mkdirSync(tarballs);
  const packed = new Map();
  for (const pkg of publishedPackages()) {
    const file = path.join(
      tarballs,
      `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`,
    );
    yarnIn(root, ['workspace', pkg.name, 'pack', '--out', file]);
    packed.set(pkg.name, `file:${file}`);
  }
  return packed;
}

/**
 * create-app checks for a `yarn` on the PATH before it starts; this one
 * hands over to the repo's checked-in release, so nothing is installed.
 */
function yarnShim() {
  const bin = path.join(work, 'bin');
  fs.mkdirSync(bin);
  const shim = path.join(bin, 'yarn');
  fs.writeFileSync(
    shim,
    `#!/bin/sh\nexec "${process.execPath}" "${yarnRelease}" "$@"\n`,
    { mode: 0o755 },
  );
  return bin;
}

function createApp() {
  const env = {
    ...process.env,
    PATH: `${yarnShim()}${path.delimiter}${process.env.PATH}`,
  };
  // It asks for the app's name on stdin even with --path.
  const result = spawnSync(
    'npx',
    ['--yes', CREATE_APP, '--skip-install', '--path', portal],
    {
      cwd: work,
      env,
      input: 'portal\n',
      stdio: ['pipe', 2, 2],
    },
  );
  if (
    result.status !== 0 ||
    !fs.existsSync(path.join(portal, 'package.json'))
  ) {
    throw new Error(
      `${CREATE_APP} failed (exit ${result.status ?? result.error?.message})`,
    );
  }
}

/** The scoped package names a deps block mentions (`yarn add ...` or a list). */
function packageNames(block) {
  return [...new Set(block.match(/@[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*/g) ?? [])];
}

/**
 * Adds a deps block's packages to a portal workspace: @meshwork/* as the
 * packed tarballs, anything else at the range the repo's own portal uses.
 */
function addDependencies(block, workspace, packed) {
  const manifestFile = path.join(portal, 'packages', workspace, 'package.json');
  const manifest = readJson(manifestFile);
  const ours = readJson(
    path.join(root, 'packages', workspace, 'package.json'),
  ).dependencies;
  const names = packageNames(block);
  if (names.length === 0)
    throw new Error(`the adoption:${workspace}-deps block names no package`);
  for (const name of names) {
    if (name.startsWith('@meshwork/')) {
      if (!packed.has(name))
        throw new Error(
          `the README installs ${name}, which is not a published package here`,
        );
      manifest.dependencies[name] = packed.get(name);
    } else if (!manifest.dependencies[name]) {
      if (!ours[name])
        throw new Error(
          `the README installs ${name}, which packages/${workspace} does not use`,
        );
      manifest.dependencies[name] = ours[name];
    }
  }
  writeJson(manifestFile, manifest);
}

/**
 * The portal's root manifest: every @meshwork/* package resolves to its
 * tarball (they depend on each other by version, and none is on the
 * registry here), plus the pins for the registry's gaps that the repo's own
 * root package.json carries (TOOLCHAIN.md).
 */
function pinResolutions(packed) {
  const manifestFile = path.join(portal, 'package.json');
  const manifest = readJson(manifestFile);
  manifest.resolutions = {
    ...manifest.resolutions,
    ...readJson(path.join(root, 'package.json')).resolutions,
    ...SIGNALS_BACKEND_PIN,
    ...Object.fromEntries(packed),
  };
  writeJson(manifestFile, manifest);
}

/** The backend's index.ts: the README's lines in before `backend.start()`, the lines it says to take out gone. */
function editBackendIndex(add, remove) {
  const file = path.join(portal, 'packages', 'backend', 'src', 'index.ts');
  let source = fs.readFileSync(file, 'utf8');
  const removed = remove.trim();
  if (!source.includes(removed)) {
    throw new Error(
      `the README says to take out lines create-app's index.ts does not have:\n${removed}`,
    );
  }
  source = source.replace(removed, '');
  const start = source.lastIndexOf('backend.start();');
  if (start < 0) throw new Error(`no backend.start() in ${file}`);
  fs.writeFileSync(
    file,
    `${source.slice(0, start)}${add.trimEnd()}\n\n${source.slice(start)}`,
  );
}

/** Objects merge key by key; lists are appended to, as an adopter adds to theirs. */
function merge(target, source) {
  if (Array.isArray(target) && Array.isArray(source))
    return [...target, ...source];
  if (
    target &&
    source &&
    typeof target === 'object' &&
    typeof source === 'object' &&
    !Array.isArray(target) &&
    !Array.isArray(source)
  ) {
    const result = { ...target };
    for (const [key, value] of Object.entries(source)) {
      result[key] = key in target ? merge(target[key], value) : value;
    }
    return result;
  }
  return source;
}

function mergeAppConfig(...additions) {
  const file = path.join(portal, 'app-config.yaml');
  let config = YAML.parse(fs.readFileSync(file, 'utf8'));
  for (const addition of additions) config = merge(config, addition);
  fs.writeFileSync(file, YAML.stringify(config));
}

/**
 * What the test itself adds: the example product, in its own location
 * without rules so the README's catalog rules must allow DataProduct (its
 * group and domain come with their own rules, as create-app's org data
 * does), and a static token to call the backend with.
 */
function testConfig(token) {
  const examples = path.join(portal, 'examples', 'meshwork');
  fs.mkdirSync(examples, { recursive: true });
  for (const name of ['org.yaml', 'data-product.yaml']) {
    fs.copyFileSync(path.join(fixtures, name), path.join(examples, name));
  }
  return {
    backend: {
      auth: {
        externalAccess: [
          { type: 'static', options: { token, subject: 'adoption-test' } },
        ],
      },
    },
    catalog: {
      locations: [
        {
          type: 'file',
          target: '../../examples/meshwork/org.yaml',
          rules: [{ allow: ['Group', 'Domain'] }],
        },
        { type: 'file', target: '../../examples/meshwork/data-product.yaml' },
      ],
    },
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startBackend(port) {
  const logFile = path.join(work, 'backend.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [yarnRelease, 'workspace', 'backend', 'start'],
    {
      cwd: portal,
      env: {
        ...process.env,
        APP_CONFIG_backend_listen_port: String(port),
        APP_CONFIG_backend_baseUrl: `http://localhost:${port}`,
        APP_CONFIG_backend_database_client: 'better-sqlite3',
        APP_CONFIG_backend_database_connection: JSON.stringify(':memory:'),
        // By default the first full run is 20 s in, likely before the catalog
        // has read the product, and the next 10 minutes later.
        APP_CONFIG_dataProducts_scorecard_schedule: JSON.stringify({
          frequency: { seconds: 10 },
          timeout: { minutes: 2 },
          initialDelay: { seconds: 2 },
        }),
      },
      stdio: ['ignore', out, out],
      detached: true,
    },
  );
  child.logFile = logFile;
  return child;
}

async function waitFor(what, check, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${what}: the backend exited; see ${child.logFile}`);
    try {
      const result = await check();
      if (result === true) return;
      last = result;
    } catch (error) {
      last = error.message;
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `${what} did not happen within ${timeoutMs / 1000} s (last: ${last}); see ${
      child.logFile
    }`,
  );
}

async function checkBackend(port, token) {
  const base = `http://localhost:${port}`;
  const get = url =>
    fetch(`${base}${url}`, { headers: { Authorization: `Bearer ${token}` } });
  const backend = startBackend(port);
  try {
    await step('backend answering', () =>
      waitFor(
        'the backend answering',
        async () =>
          (await fetch(`${base}/.backstage/health/v1/readiness`)).ok ||
          'not ready',
        300_000,
        backend,
      ),
    );
    await step('/api/data-products/rules answering', () =>
      waitFor(
        '/api/data-products/rules answering with rules',
        async () => {
          const res = await get('/api/data-products/rules');
          if (!res.ok) return `HTTP ${res.status}`;
          return (await res.json()).items.length > 0 || 'no rules';
        },
        60_000,
        backend,
      ),
    );
    await step(`${PRODUCT_REF} scored`, () =>
      waitFor(
        `a scorecard for ${PRODUCT_REF}`,
        async () => {
          const res = await get(`/api/data-products/scorecards/${PRODUCT_REF}`);
          if (!res.ok)
            return `HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`;
          const scorecard = await res.json();
          return Array.isArray(scorecard.results) &&
            scorecard.results.length > 0
            ? true
            : `no results in ${JSON.stringify(scorecard).slice(0, 200)}`;
        },
        180_000,
        backend,
      ),
    );
  } finally {
    await step('stop the backend', () => stopProcessGroup(backend));
  }
}

async function main() {
  const blocks = readInstallSection(readmePath);
  const packed = await step('build and pack', buildAndPack);
  await step('create-app', createApp);
  const token = crypto.randomBytes(24).toString('base64url');
  await step('apply the README', () => {
    pinResolutions(packed);
    addDependencies(blocks['backend-deps'], 'backend', packed);
    addDependencies(blocks['app-deps'], 'app', packed);
    editBackendIndex(blocks['backend-index'], blocks['backend-index-remove']);
    mergeAppConfig(YAML.parse(blocks['app-config']), testConfig(token));
  });
  // CI=true makes yarn refuse to write a lockfile; a new portal has none yet.
  await step('yarn install', () =>
    yarnIn(portal, ['install'], {
      ...process.env,
      YARN_ENABLE_IMMUTABLE_INSTALLS: 'false',
    }),
  );
  await step('yarn tsc', () => yarnIn(portal, ['tsc']));
  await checkBackend(await freePort(), token);
}

main()
  .then(
    () => 0,
    error => {
      log(`FAILED: ${error.message}`);
      return 1;
    },
  )
  .then(async failed => {
    // the backend's log goes with the temporary folder: show its end first
    const backendLog = path.join(work, 'backend.log');
    if (failed && !keep && fs.existsSync(backendLog)) {
      const lines = fs.readFileSync(backendLog, 'utf8').trimEnd().split('\n');
      log(`the backend's log, last 40 lines:\n${lines.slice(-40).join('\n')}`);
    }
    if (keep) {
      log(`kept ${work}`);
    } else {
      // the portal's node_modules alone is over a gigabyte
      await step('remove the temporary folder', () =>
        fs.promises.rm(work, { recursive: true, force: true }),
      );
    }
    for (const [name, seconds] of timings)
      log(`${name.padEnd(48)} ${seconds.toFixed(1).padStart(7)} s`);
    process.stdout.write(`adoption: ${1 - failed} passed, ${failed} failed\n`);
    process.exitCode = failed;
  });
