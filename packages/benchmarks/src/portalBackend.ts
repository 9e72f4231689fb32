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

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { requestJson, startBackendProcess } from './backendProcess';
import type { PortalDatabase } from './portalDatabase';
import { REPO_ROOT } from './repoRoot';

/** The repo's checked-in yarn, which builds the app. */
const YARN = path.join(REPO_ROOT, '.yarn', 'releases', 'yarn-4.13.0.cjs');

const say = (line: string) =>
  process.stderr.write(`bench:browse-ui: ${line}\n`);

/** The newest modification time of a file under `dir`; tests are not bundled. */
function newestUnder(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  const stat = fs.statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(dir)) {
    if (name === 'node_modules' || /\.test\.[jt]sx?$/.test(name)) continue;
    newest = Math.max(newest, newestUnder(path.join(dir, name)));
  }
  return newest;
}

const BROWSER_ROLES = [
  'frontend-plugin',
  'frontend-plugin-module',
  'web-library',
  'common-library',
];

/** The app's sources and those of every workspace package in its bundle. */
function appSources(): string[] {
  const app = path.join(REPO_ROOT, 'packages', 'app');
  const sources = ['src', 'public', 'package.json'].map(p => path.join(app, p));
  const plugins = path.join(REPO_ROOT, 'plugins');
  for (const name of fs.readdirSync(plugins)) {
    const manifest = path.join(plugins, name, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const role = JSON.parse(fs.readFileSync(manifest, 'utf8')).backstage?.role;
    if (BROWSER_ROLES.includes(role)) {
      sources.push(
        path.join(plugins, name, 'src'),
        path.join(plugins, name, 'package.json'),
      );
    }
  }
  return sources;
}

/**
 * Builds the app for production when packages/app/dist is missing or older
 * than its sources; the backend's app-backend plugin serves that folder.
 * Returns what it did, for the report.
 */
export function ensureAppBuild(): string {
  const index = path.join(REPO_ROOT, 'packages', 'app', 'dist', 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const changed = Math.max(...appSources().map(newestUnder));
  if (built > changed) {
    return `production build in packages/app/dist from ${new Date(
      built,
    ).toISOString()} (newer than its sources)`;
  }
  say('building the app for production (packages/app/dist)…');
  const result = spawnSync(
    process.execPath,
    [YARN, 'workspace', 'app', 'build'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) {
    throw new Error(`the app build failed (exit ${result.status})`);
  }
  return 'production build in packages/app/dist, rebuilt for this run';
}

export interface BackendOptions {
  port: number;
  /** Catalog files to register, as absolute paths. */
  catalogFiles: string[];
  /** A folder for the backend's log. */
  workDir: string;
  /** Where the plugins' databases are. */
  database: PortalDatabase;
}

export interface PortalBackend {
  baseUrl: string;
  logFile: string;
  /** CPU time the backend's process has used so far, in ms; undefined off Linux. */
  cpuMs(): number | undefined;
  /** GET a backend route as the guest user; JSON. */
  get(route: string): Promise<any>;
  /**
   * Signs the guest in again. A token carries the guest's groups as the
   * catalog knew them at sign-in, and the read policy lets a group's members
   * read its restricted products: a token from before the catalog held the
   * guest and its groups sees fewer products than the browser's sign-in.
   */
  signInAgain(): Promise<void>;
  /**
   * GET a backend route as a service (the run's static token), whom the
   * catalog's read policy does not filter: every entity counts.
   */
  getAsService(route: string): Promise<any>;
  /** POST to a backend route as the guest user, with no body. */
  post(route: string): Promise<void>;
  /** Stops the backend's whole process group; safe to call twice. */
  stop(): Promise<void>;
}

/** Configuration for this run only, as APP_CONFIG_ variables over app-config.yaml. */
function configEnv(
  options: BackendOptions,
  baseUrl: string,
  serviceToken: string,
) {
  const json = (value: unknown) => JSON.stringify(value);
  // No search indexing inside the timed runs: it would load both pages alike.
  const later = {
    frequency: { hours: 6 },
    timeout: { minutes: 30 },
    initialDelay: { hours: 6 },
  };
  return {
    APP_CONFIG_backend_listen_port: String(options.port),
    APP_CONFIG_backend_baseUrl: baseUrl,
    APP_CONFIG_app_baseUrl: baseUrl,
    APP_CONFIG_backend_cors_origin: baseUrl,
    ...options.database.env,
    // The guest reads what the read policy lets it (restricted products of
    // other teams are hidden); the benchmark waits for the whole catalog as
    // a service, which the policy does not filter.
    APP_CONFIG_backend_auth_externalAccess: json([
      {
        type: 'static',
        options: { token: serviceToken, subject: 'bench-browse-ui' },
      },
    ]),
    APP_CONFIG_catalog_locations: json(
      options.catalogFiles.map(target => ({ type: 'file', target })),
    ),
    // New entities are processed at once; this only spaces out the refresh of
    // ones already in (every 100 to 150 s by default), which on a small
    // machine would keep a core busy during the timed runs. Longer than a
    // whole run: 50,000 products (125,000 entities) take over half an hour
    // to load, so a refresh every 30 minutes would never stop.
    APP_CONFIG_catalog_processingInterval: json({ hours: 12 }),
    // The benchmark triggers the full evaluation once the catalog is complete
    // (the scheduler only takes triggers after the initial delay); no other
    // full run comes inside the timed runs. Changed products are evaluated
    // as by default, every 30 s.
    APP_CONFIG_dataProducts_scorecard_schedule: json({
      frequency: { hours: 6 },
      timeout: { minutes: 30 },
      initialDelay: { seconds: 5 },
    }),
    APP_CONFIG_search_collators_catalog_schedule: json(later),
    APP_CONFIG_search_collators_techdocs_schedule: json(later),
  };
}

/**
 * Starts the portal's backend in a process group of its own, on `port`,
 * with a database and catalog for this run. It runs as `yarn workspace
 * backend start` runs it (its entry point under the CLI's transform, in
 * development mode, where the guest may sign in) but without the CLI's file
 * watcher, which would restart it mid-run whenever a source file changes.
 */
export async function startBackend(
  options: BackendOptions,
): Promise<PortalBackend> {
  const baseUrl = `http://localhost:${options.port}`;
  const serviceToken = randomBytes(24).toString('hex');
  const backend = await startBackendProcess({
    baseUrl,
    args: ['src/index'],
    cwd: path.join(REPO_ROOT, 'packages', 'backend'),
    env: {
      NODE_ENV: 'development',
      ...configEnv(options, baseUrl, serviceToken),
    },
    logFile: path.join(options.workDir, 'backend.log'),
    // A PostgreSQL run's databases would outlive the run otherwise.
    onInterrupt: () => options.database.drop(),
  });
  return {
    ...backend,
    signInAgain: async () => {
      await backend.refreshToken();
    },
    getAsService: route =>
      requestJson(baseUrl, 'GET', route, { token: serviceToken }),
    post: async route => {
      await backend.post(route);
    },
  };
}
