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

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { processCpuMs } from './backendQuiet';

export interface BackendProcessOptions {
  /** The backend's URL, where it answers once started. */
  baseUrl: string;
  /** Node's arguments after the CLI's TypeScript transform: the entry point and its flags. */
  args: string[];
  /** Node's own flags; by default source maps, for stack traces that point into the sources. */
  nodeFlags?: string[];
  cwd: string;
  /** Added to this process's environment. */
  env: Record<string, string>;
  /** Where its output goes (appended). */
  logFile: string;
  startupTimeoutMs?: number;
  /** Run on Ctrl-C or SIGTERM, after the backend is killed and before this process exits: what would outlive the run. */
  onInterrupt?: () => Promise<unknown>;
}

export interface BackendProcess {
  baseUrl: string;
  logFile: string;
  pid: number;
  /** CPU time the backend's process has used so far, in ms; undefined off Linux. */
  cpuMs(): number | undefined;
  /** The guest's token, signed in when first asked. */
  token(): Promise<string>;
  /** Signs the guest in again: a token lasts an hour. */
  refreshToken(): Promise<string>;
  /** GET a backend route as the guest user; JSON. */
  get(route: string): Promise<any>;
  /** POST to a backend route as the guest user, with a JSON body or none. */
  post(route: string, body?: unknown): Promise<any>;
  /** Stops the backend's whole process group; safe to call twice. */
  stop(): Promise<void>;
}

const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** A request with a bearer token and a JSON body or none; the answer's JSON, or undefined if empty. */
export async function requestJson(
  baseUrl: string,
  method: string,
  route: string,
  options: { token: string; body?: unknown },
): Promise<any> {
  const { token, body } = options;
  const response = await fetch(`${baseUrl}${route}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${route}: HTTP ${response.status}`);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

/**
 * Starts a backend from its TypeScript entry point, in a process group of its
 * own (Ctrl-C in the terminal does not reach it, and this process kills the
 * group whatever ends it), and returns once its guest can sign in.
 */
export async function startBackendProcess(
  options: BackendProcessOptions,
): Promise<BackendProcess> {
  const { baseUrl, logFile } = options;
  const taken = await fetch(baseUrl).then(
    () => true,
    () => false,
  );
  if (taken) {
    throw new Error(`something already answers on ${baseUrl}; stop it first`);
  }
  const log = fs.openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeFlags ?? ['--enable-source-maps']),
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      ...options.args,
    ],
    {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      detached: true,
      stdio: ['ignore', log, log],
    },
  );
  fs.closeSync(log);
  let exited = false;
  const exitedPromise = new Promise<void>(resolve =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is gone already
    }
  };
  const lastResort = () => killGroup('SIGKILL');
  const interrupted = (signal: NodeJS.Signals) => {
    killGroup('SIGKILL');
    Promise.resolve(options.onInterrupt?.())
      .catch(() => {})
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('exit', lastResort);
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  let token: string | undefined;
  const refreshToken = async () => {
    const response = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    if (!response.ok) throw new Error(`guest refresh: HTTP ${response.status}`);
    token = (await response.json()).backstageIdentity.token;
    return token!;
  };
  const call = async (method: string, route: string, body?: unknown) =>
    requestJson(baseUrl, method, route, {
      token: token ?? (await refreshToken()),
      body,
    });
  const backend: BackendProcess = {
    baseUrl,
    logFile,
    pid: child.pid!,
    cpuMs: () => processCpuMs(child.pid!),
    token: async () => token ?? refreshToken(),
    refreshToken,
    get: route => call('GET', route),
    post: (route, body) => call('POST', route, body),
    async stop() {
      if (!exited) {
        killGroup('SIGTERM');
        await Promise.race([exitedPromise, delay(10_000)]);
      }
      killGroup('SIGKILL'); // the group's other processes, even when the leader exited
      process.removeListener('exit', lastResort);
      process.removeListener('SIGINT', interrupted);
      process.removeListener('SIGTERM', interrupted);
    },
  };

  // Up when the guest can sign in; a backend that exits early has failed.
  const timeoutMs = options.startupTimeoutMs ?? 5 * 60_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(`the backend exited during startup; see ${logFile}`);
    }
    try {
      await refreshToken();
      return backend;
    } catch {
      if (Date.now() > deadline) {
        await backend.stop();
        throw new Error(
          `the backend did not start in ${
            timeoutMs / 60_000
          } minutes; see ${logFile}`,
        );
      }
      await delay(1000);
    }
  }
}
