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
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { stringify } from 'yaml';
import { startBackendProcess, type BackendProcess } from '../backendProcess';
import { REPO_ROOT } from '../repoRoot';
import type { GeneratedMeshFiles } from './backend/GeneratedMeshProvider';

/** The user requests are made as: a sales-data member, so the read policy hides other domains' restricted products. */
export const SCALE_USER = 'user:default/sales-member-1';
const SCALE_USER_GROUP = 'group:default/sales-data';

/**
 * How long the catalog waits before it processes an unchanged entity again.
 * Past the whole run: what a catalog fed by providers' deltas can afford,
 * and the only way to see what change detection costs by itself (the
 * default, 100 to 150 s, would keep reprocessing 150,000 entities).
 */
export const SCALE_PROCESSING_INTERVAL = { hours: 24 };

export interface ScaleRun {
  workDir: string;
  /** The PostgreSQL server, a URL whose user may create databases. */
  postgres: string;
  /** Every plugin's database is named with it, so that the run's can be dropped. */
  databasePrefix: string;
  redis: string;
  /** What pipelines report facts with: a static token of backend.auth.externalAccess. */
  pipelineToken: string;
  files: GeneratedMeshFiles;
}

/** Where replica `index` (from 0) writes its log. */
export const replicaLogFile = (workDir: string, index: number) =>
  path.join(workDir, `replica-${index + 1}.log`);

/**
 * The run's configuration, over the repository's app-config.yaml and
 * app-config.production.yaml (the production set-up: PostgreSQL, Redis):
 * this run's databases and cache keys, no catalog locations (the provider
 * loads the mesh, from the run's files), the guest signed in as SCALE_USER outside development,
 * and no scheduled full evaluation inside the run (the benchmark triggers one).
 */
function writeRunConfig(run: ScaleRun): string {
  const file = path.join(run.workDir, 'app-config.bench-scale.yaml');
  const config = {
    backend: {
      database: { prefix: run.databasePrefix },
      auth: {
        externalAccess: [
          {
            type: 'static',
            options: { token: run.pipelineToken, subject: 'bench-pipelines' },
          },
        ],
      },
      cache: {
        redis: { client: { namespace: run.databasePrefix.slice(0, -1) } },
      },
    },
    auth: {
      providers: {
        guest: {
          userEntityRef: SCALE_USER,
          ownershipEntityRefs: [SCALE_USER, SCALE_USER_GROUP],
          dangerouslyAllowOutsideDevelopment: true,
        },
      },
    },
    catalog: { locations: [], processingInterval: SCALE_PROCESSING_INTERVAL },
    meshworkBench: { generatedMesh: run.files },
    dataProducts: {
      scorecard: {
        schedule: {
          frequency: { hours: 24 },
          timeout: { minutes: 30 },
          initialDelay: { seconds: 5 },
        },
      },
    },
  };
  fs.writeFileSync(file, stringify(config));
  return file;
}

/** PostgreSQL's connection as app-config.production.yaml reads it. */
function postgresEnv(url: string): Record<string, string> {
  const { hostname, port, username, password } = new URL(url);
  return {
    POSTGRES_HOST: hostname,
    POSTGRES_PORT: port || '5432',
    POSTGRES_USER: decodeURIComponent(username),
    POSTGRES_PASSWORD: decodeURIComponent(password),
  };
}

/**
 * Starts `count` replicas of the benchmark's backend on one set of
 * databases, on ports `basePort`, `basePort + 1`…; whichever takes the
 * provider's scheduled task (the first) loads the generated mesh. They
 * start one after the other, so that one creates the databases and runs
 * the migrations.
 */
export async function startReplicas(
  run: ScaleRun,
  count: number,
  basePort: number,
  /** On Ctrl-C, once the replicas are killed: the run's databases. */
  onInterrupt: () => Promise<unknown>,
): Promise<BackendProcess[]> {
  const configFile = writeRunConfig(run);
  const replicas: BackendProcess[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const port = basePort + i;
      const baseUrl = `http://127.0.0.1:${port}`;
      replicas.push(
        await startBackendProcess({
          baseUrl,
          cwd: REPO_ROOT,
          // As the production image runs it (no source maps, which cost
          // some 90 MB of memory here); TypeScript through the CLI's
          // transform, though, where the image runs the built bundle.
          nodeFlags: [],
          args: [
            resolvePackagePath(
              '@meshwork/benchmarks',
              'src/scale/backend/index.ts',
            ),
            ...['app-config.yaml', 'app-config.production.yaml', configFile]
              .map(f => ['--config', path.resolve(REPO_ROOT, f)])
              .flat(),
          ],
          env: {
            NODE_ENV: 'production',
            ...postgresEnv(run.postgres),
            REDIS_URL: run.redis,
            MESHWORK_BASE_URL: baseUrl,
            MESHWORK_PORT: String(port),
            APP_CONFIG_backend_baseUrl: baseUrl,
            APP_CONFIG_app_baseUrl: baseUrl,
            APP_CONFIG_backend_listen: JSON.stringify(`127.0.0.1:${port}`),
          },
          logFile: replicaLogFile(run.workDir, i),
          onInterrupt,
        }),
      );
    }
  } catch (error) {
    await Promise.all(replicas.map(r => r.stop()));
    throw error;
  }
  return replicas;
}
