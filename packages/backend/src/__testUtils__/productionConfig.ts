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

import fs from 'node:fs';
import path from 'node:path';
import { ConfigSources } from '@backstage/config-loader';

const repoRoot = path.resolve(__dirname, '../../../..');

/** The config files the production image loads: the --config arguments of its Dockerfile's CMD. */
export function productionConfigFiles(): string[] {
  const cmd = fs
    .readFileSync(path.join(repoRoot, 'packages/backend/Dockerfile'), 'utf8')
    .split('\n')
    .find(line => line.startsWith('CMD '))!;
  const args: string[] = JSON.parse(cmd.slice(4));
  return args.flatMap((arg, i) => (args[i - 1] === '--config' ? [arg] : []));
}

/**
 * The config a production replica runs with, read by Backstage's own loader
 * from those files with `env` as its environment: `${VAR}`, `${VAR:-default}`
 * and APP_CONFIG_* resolve as in the replica (unset variables drop their keys).
 * Close it when done.
 */
export async function loadProductionConfig(env: Record<string, string> = {}) {
  return ConfigSources.toConfig(
    ConfigSources.default({
      rootDir: repoRoot,
      argv: productionConfigFiles().flatMap(file => [
        '--config',
        path.join(repoRoot, file),
      ]),
      env,
      substitutionFunc: async name => env[name],
      watch: false,
    }),
  );
}
