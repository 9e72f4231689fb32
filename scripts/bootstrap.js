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

// Sets up what a fresh clone is missing, then runs a command in the repo.
//
//   node scripts/bootstrap.js yarn <args...>   run the repo's own yarn
//   node scripts/bootstrap.js node <file> ...  run a script from the caller's folder
//
// Backstage 1.55 needs Node 22 or 24. When the Node on the PATH is older,
// Node 22 comes from the npm registry into .meshwork/node (ignored by git),
// with its headers, so native modules such as better-sqlite3 build for it.
// Dependencies are installed by the repo's checked-in yarn and remembered by
// a stamp, so a second run starts at once. Plain Node 18+ JavaScript on
// purpose: it runs before anything is installed.

const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const nodeHome = path.join(root, '.meshwork', 'node');
const yarnRelease = path.join(root, '.yarn', 'releases', 'yarn-4.13.0.cjs');
const stampFile = path.join(root, 'node_modules', '.meshwork-install-stamp');
const MIN_NODE_MAJOR = 22;

function log(message) {
  process.stderr.write(`[meshwork] ${message}\n`);
}

function fail(message) {
  log(message);
  process.exit(1);
}

function majorOf(version) {
  return Number(String(version).replace(/^v/, '').split('.')[0]);
}

// Setup steps print to stderr: `npm run -s meshwork -- odps import FILE > catalog-info.yaml`
// must get the command's output only, even on the run that installs.
const SETUP_OUTPUT = ['inherit', 2, 'inherit'];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

/**
 * The folder with the headers of this Node binary (`include/node`): beside
 * `bin/` in official builds, in `node_modules/node-<platform>-<arch>` in the
 * npm registry's node package.
 */
function headersOf(nodeBinary) {
  const home = path.resolve(fs.realpathSync(nodeBinary), '..', '..');
  const candidates = [
    home,
    path.join(home, 'node_modules', `node-${process.platform}-${process.arch}`),
  ];
  return candidates.find(dir =>
    fs.existsSync(path.join(dir, 'include', 'node', 'node_version.h')),
  );
}

/**
 * node-gyp must build native modules (better-sqlite3) against the headers of
 * the Node that will load them. npm's own config may point elsewhere (these
 * machines set nodedir=/usr, Node 20's), so say it explicitly.
 */
function withHeaders(node, env) {
  const headers = headersOf(node);
  if (headers) {
    env.npm_config_nodedir = headers;
  } else if (env.npm_config_nodedir) {
    log(
      `no headers found beside ${node}; leaving npm_config_nodedir=${env.npm_config_nodedir}`,
    );
  }
  return { node, env };
}

/** The Node binary to run the repo with, and the environment it needs. */
function ensureNode() {
  if (majorOf(process.versions.node) >= MIN_NODE_MAJOR) {
    return withHeaders(process.execPath, { ...process.env });
  }
  const binDir = path.join(nodeHome, 'node_modules', 'node', 'bin');
  const node = path.join(binDir, 'node');
  const installed = fs.existsSync(node)
    ? spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout
    : '';
  if (majorOf(installed) < MIN_NODE_MAJOR) {
    log(
      `Node ${process.versions.node} is older than ${MIN_NODE_MAJOR}: installing Node ${MIN_NODE_MAJOR} into .meshwork/node`,
    );
    fs.mkdirSync(nodeHome, { recursive: true });
    const npm = process.env.npm_execpath;
    const [command, prefix] =
      npm && npm.endsWith('.js') ? [process.execPath, [npm]] : ['npm', []];
    const status = run(
      command,
      [
        ...prefix,
        'install',
        '--prefix',
        nodeHome,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        `node@${MIN_NODE_MAJOR}`,
      ],
      { cwd: nodeHome, stdio: SETUP_OUTPUT },
    );
    if (status !== 0 || !fs.existsSync(node)) {
      fail(
        `could not install Node ${MIN_NODE_MAJOR}; install Node ${MIN_NODE_MAJOR} or 24 yourself and run again`,
      );
    }
  }
  const env = {
    ...process.env,
    PATH: `${binDir}${path.delimiter}${process.env.PATH}`,
  };
  return withHeaders(node, env);
}

function installFingerprint(node) {
  const hash = crypto.createHash('sha256');
  hash.update(spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout);
  const manifests = ['package.json', 'yarn.lock'];
  for (const folder of ['packages', 'plugins']) {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      manifests.push(path.join(folder, name, 'package.json'));
    }
  }
  for (const manifest of manifests) {
    const file = path.join(root, manifest);
    if (fs.existsSync(file))
      hash.update(manifest).update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

function ensureDependencies({ node, env }) {
  const fingerprint = installFingerprint(node);
  if (
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, 'utf8') === fingerprint
  ) {
    return;
  }
  log(
    "Installing dependencies with the repo's yarn (the first time takes a few minutes)",
  );
  const args = [yarnRelease, 'install'];
  if (process.env.CI) args.push('--immutable');
  if (run(node, args, { cwd: root, env, stdio: SETUP_OUTPUT }) !== 0) {
    fail('yarn install failed; see the messages above');
  }
  fs.writeFileSync(stampFile, fingerprint);
}

/**
 * A native module built for another Node (a switch between Node versions, or
 * headers that pointed elsewhere) fails only when the backend starts. Check
 * the one the backend needs and rebuild it for this Node if its ABI differs.
 */
function ensureNativeModules({ node, env }) {
  const probe = spawnSync(
    node,
    ['-e', "new (require('better-sqlite3'))(':memory:').close()"],
    {
      cwd: path.join(root, 'packages', 'backend'),
      env,
      encoding: 'utf8',
    },
  );
  if (probe.status === 0 || !/NODE_MODULE_VERSION/.test(probe.stderr)) return;
  log(
    `better-sqlite3 was built for another Node version: rebuilding it for Node ${spawnSync(
      node,
      ['--version'],
      { encoding: 'utf8' },
    ).stdout.trim()}`,
  );
  if (
    run(node, [yarnRelease, 'rebuild', 'better-sqlite3'], {
      cwd: root,
      env,
      stdio: SETUP_OUTPUT,
    }) !== 0
  ) {
    fail('could not rebuild better-sqlite3; see the messages above');
  }
}

function main() {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode !== 'yarn' && mode !== 'node') {
    fail(
      'usage: node scripts/bootstrap.js yarn <args...> | node <file> [args...]',
    );
  }
  const runtime = ensureNode();
  ensureDependencies(runtime);
  ensureNativeModules(runtime);
  if (mode === 'yarn') {
    process.exit(
      run(runtime.node, [yarnRelease, ...rest], {
        cwd: root,
        env: runtime.env,
      }),
    );
  }
  // Scripts such as the CLI read files named by the user, relative to where
  // the user typed the command (npm and yarn run scripts from the root).
  const [file, ...args] = rest;
  const cwd = process.env.INIT_CWD || process.cwd();
  process.exit(
    run(runtime.node, [path.resolve(root, file), ...args], {
      cwd,
      env: runtime.env,
    }),
  );
}

main();
