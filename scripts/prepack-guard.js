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

// The first half of every published package's `prepack`, before
// `backstage-cli package prepack`. That command points `main`, `types` and
// `exports` at dist/ only where dist/ has the files; without a build it
// leaves them at src/*.ts, and `yarn pack` exits 0 with a tarball nobody can
// import. This refuses to pack instead, naming what is missing.
//
// Why a check and not a build here: `backstage-cli package build` takes a
// package's .d.ts from dist-types/, which only the repository-wide `yarn tsc`
// writes, so a build in prepack would have to type-check the whole repository
// once per package. Backstage's own release builds everything once
// (`backstage-cli repo build`) and then packs; so do we.
//
// The rule needs no knowledge of package roles: what the source package.json
// declares (an entry point, `types`, a path in `files`), the dist/ must have.

const fs = require('node:fs');
const path = require('node:path');

const SCRIPT_EXTS = ['.js', '.jsx', '.ts', '.tsx'];

/** The entry points `backstage-cli package prepack` rewrites: `.`, `./alpha`, ... */
function entryPoints(pkg) {
  if (!pkg.exports || typeof pkg.exports === 'string') {
    return [{ mount: '.', name: 'index' }];
  }
  return Object.entries(pkg.exports)
    .filter(([, target]) => SCRIPT_EXTS.includes(path.extname(String(target))))
    .map(([mount]) => ({
      mount,
      name: mount === '.' ? 'index' : mount.replace(/^\.\//, ''),
    }));
}

/** Each problem as a line, empty when the package can be packed. */
function findMissing(dir, pkg) {
  const has = file => fs.existsSync(path.join(dir, file));
  const missing = [];
  for (const { mount, name } of entryPoints(pkg)) {
    if (!has(`dist/${name}.cjs.js`) && !has(`dist/${name}.esm.js`)) {
      missing.push(`dist/${name}.cjs.js or dist/${name}.esm.js (${mount})`);
    }
    // Declared types (`types`, or a subpath in `typesVersions`) must ship.
    const declaresTypes =
      mount === '.' ? Boolean(pkg.types) : Boolean(pkg.typesVersions);
    if (declaresTypes && !has(`dist/${name}.d.ts`)) {
      missing.push(`dist/${name}.d.ts (the types of ${mount})`);
    }
  }
  for (const entry of pkg.files ?? []) {
    if (!/[*?{]/.test(entry) && !has(entry)) {
      missing.push(`${entry} (listed in "files")`);
    }
  }
  return missing;
}

function main() {
  const dir = process.cwd();
  const pkg = JSON.parse(
    fs.readFileSync(path.join(dir, 'package.json'), 'utf8'),
  );
  const missing = findMissing(dir, pkg);
  if (missing.length === 0) return 0;
  process.stderr.write(
    `${pkg.name} cannot be packed: its build output is missing:\n${missing
      .map(line => `  - ${line}\n`)
      .join('')}` +
      'Build first, from the repository root: `yarn tsc` then ' +
      '`yarn backstage-cli repo build` (or `yarn build` in this package ' +
      'after `yarn tsc`).\n',
  );
  return 1;
}

if (require.main === module) {
  process.exitCode = main();
}

module.exports = { findMissing };
