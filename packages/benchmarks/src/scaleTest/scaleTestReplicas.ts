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
import { parse, stringify } from 'yaml';
import { startBackendProcess, type BackendProcess } from '../backendProcess';
import { REPO_ROOT } from '../repoRoot';
import { LogFollower } from '../scale/backendLog';
import { waitFor } from './scene';

/**
 * The full evaluation's schedule in the test: every 20 s, so that a few
 * schedules pass in a minute; a run that has not finished 30 s after it
 * started is given up, and another replica may take it over (within the
 * scheduler's janitor's minute). The outage and retries must fit in 30 s.
 */
export const FULL_SCHEDULE = {
  frequency: { seconds: 20 },
  timeout: { seconds: 30 },
  initialDelay: { seconds: 15 },
};

/** What both replicas share: one set of databases, one Redis, one published folder. */
export interface ScaleTestRun {
  workDir: string;
  /** The PostgreSQL server's URL (its user and password are the backends'). */
  postgres: string;
  /** Where the backends reach PostgreSQL: the test's proxy. */
  proxyPort: number;
  /** Every plugin's database is named with it: fresh ones for each run. */
  databasePrefix: string;
  redis: string;
  /** meshwork.localPublish.directory: where the test edits a product. */
  publishedDir: string;
}

export interface Replica extends BackendProcess {
  name: string;
  log: LogFollower;
  /** Whether its process is still there (false once killed). */
  alive(): boolean;
  /** SIGKILL to its process group: no shutdown hook runs, as in a crash. */
  kill(): void;
}

/** The development sign-in's people (app-config.development.yaml), as the example-users provider lists them. */
function exampleUsers(): unknown[] {
  const file = path.join(REPO_ROOT, 'app-config.development.yaml');
  return parse(fs.readFileSync(file, 'utf8')).auth.providers['example-users']
    .users;
}

/**
 * The run's configuration over app-config.yaml and
 * app-config.production.yaml, the production set-up (PostgreSQL, Redis,
 * NODE_ENV=production): the run's databases and cache keys, the example
 * mesh's people allowed to sign in outside development (the only thing a
 * real portal would not do), the example pipelines' runs, a published
 * folder of the test's own, the catalog re-reading files every 5 s (an
 * edit is seen at once) and short schedules.
 */
function writeRunConfig(run: ScaleTestRun): string {
  const file = path.join(run.workDir, 'app-config.test-scale.yaml');
  const config = {
    backend: {
      database: {
        prefix: run.databasePrefix,
        // Two replicas must fit beside whatever else uses the machine's
        // PostgreSQL (100 connections by default): fewer connections per
        // plugin than the production config allows, closed sooner.
        knexConfig: { pool: { min: 0, max: 2, idleTimeoutMillis: 5_000 } },
        plugin: {
          catalog: { knexConfig: { pool: { max: 4 } } },
          'data-products': { knexConfig: { pool: { max: 3 } } },
        },
      },
      cache: {
        redis: { client: { namespace: run.databasePrefix.slice(0, -1) } },
      },
    },
    auth: {
      providers: {
        guest: { dangerouslyAllowOutsideDevelopment: true },
        'example-users': {
          users: exampleUsers(),
          dangerouslyAllowOutsideDevelopment: true,
        },
      },
    },
    catalog: { processingInterval: { seconds: 5 } },
    meshwork: {
      localPublish: { directory: run.publishedDir },
      examplePipelines: { folder: path.join(REPO_ROOT, 'examples', 'runs') },
    },
    dataProducts: { scorecard: { schedule: FULL_SCHEDULE } },
  };
  fs.writeFileSync(file, stringify(config));
  return file;
}

/**
 * Starts one replica of the portal's backend (packages/backend, from its
 * TypeScript source) on `port`, as the production image runs it: from the
 * repository's root with the production config, the database reached
 * through the test's proxy. Returns once its guest can sign in.
 */
export async function startReplica(
  run: ScaleTestRun,
  name: string,
  port: number,
): Promise<Replica> {
  const configFile = writeRunConfig(run);
  const { username, password } = new URL(run.postgres);
  const logFile = path.join(run.workDir, `replica-${name}.log`);
  const backend = await startBackendProcess({
    baseUrl: `http://127.0.0.1:${port}`,
    cwd: REPO_ROOT,
    args: [
      path.join(REPO_ROOT, 'packages', 'backend', 'src', 'index.ts'),
      ...['app-config.yaml', 'app-config.production.yaml', configFile].flatMap(
        f => ['--config', path.resolve(REPO_ROOT, f)],
      ),
    ],
    env: {
      NODE_ENV: 'production',
      POSTGRES_HOST: '127.0.0.1',
      POSTGRES_PORT: String(run.proxyPort),
      POSTGRES_USER: decodeURIComponent(username),
      POSTGRES_PASSWORD: decodeURIComponent(password),
      REDIS_URL: run.redis,
      // behind one load balancer, every replica has its address
      MESHWORK_BASE_URL: 'http://localhost:7100',
      MESHWORK_PORT: String(port),
    },
    logFile,
  });
  const log = new LogFollower(logFile);
  // The guest signs in before every plugin has started: ready is when all have.
  const startupFailed = () => {
    log.read();
    return log.lines().some(line => /startup failed/.test(line.message));
  };
  const ready = await waitFor(async () => {
    // a plugin that failed to start never will: no need to wait it out
    if (startupFailed()) return false;
    const answer = await fetch(
      `${backend.baseUrl}/.backstage/health/v1/readiness`,
    );
    return answer.ok ? true : undefined;
  }, 120_000);
  if (!ready) {
    await backend.stop();
    log.stop();
    const failed = log
      .lines()
      .find(line => /startup failed/.test(line.message));
    throw new Error(
      `replica ${name} did not start: ${
        failed?.message.slice(0, 400) ?? 'not ready in 120 s'
      } (${logFile})`,
    );
  }
  let killed = false;
  return {
    ...backend,
    name,
    log,
    alive: () => !killed,
    kill() {
      killed = true;
      try {
        process.kill(-backend.pid, 'SIGKILL');
      } catch {
        // gone already
      }
    },
    async stop() {
      log.stop();
      await backend.stop();
    },
  };
}
