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

import type { ScorecardLevel } from '@meshwork/plugin-data-products-common';
import { DEFAULT_BACKEND_URL, parseBackendUrl } from './backendUrl';
import { isScorecardLevel } from './levels';

/** `meshwork evaluate`'s options as parseArgs reads them. */
export const evaluateArgs = {
  backend: { type: 'string' },
  token: { type: 'string' },
  'min-level': { type: 'string' },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What to evaluate, where, and how to report it. */
export interface EvaluateOptions {
  file: string;
  backend: URL;
  token: string | undefined;
  minLevel: ScorecardLevel | undefined;
  format: 'text' | 'json';
}

/**
 * Checks the arguments and fills in the defaults from the environment; a
 * string is a usage error. Empty variables count as unset: CI systems often
 * define a variable whose secret is missing as empty.
 */
export function resolveEvaluateOptions(
  values: {
    backend?: string;
    token?: string;
    'min-level'?: string;
    format?: string;
  },
  files: ReadonlyArray<string>,
  env: Record<string, string | undefined>,
): EvaluateOptions | string {
  const { format = 'text', 'min-level': minLevel } = values;
  if (format !== 'text' && format !== 'json') {
    return `unknown format "${format}"; expected text or json`;
  }
  if (minLevel !== undefined && !isScorecardLevel(minLevel)) {
    return `unknown --min-level "${minLevel}"; expected bronze, silver or gold`;
  }
  if (files.length !== 1) {
    return files.length === 0
      ? 'no FILE given'
      : `expected one FILE, got ${files.length}; evaluate one file at a time`;
  }

  const target = resolveBackendTarget(values, env);
  if (typeof target === 'string') return target;
  return { file: files[0], ...target, minLevel, format };
}

/**
 * The backend and token of a command that calls the backend: the options,
 * else MESHWORK_BACKEND_URL and MESHWORK_TOKEN; a string is a usage error.
 */
export function resolveBackendTarget(
  values: { backend?: string; token?: string },
  env: Record<string, string | undefined>,
): { backend: URL; token: string | undefined } | string {
  const fromEnv = env.MESHWORK_BACKEND_URL || undefined;
  const backend =
    values.backend !== undefined
      ? parseBackendUrl(values.backend)
      : parseBackendUrl(fromEnv ?? DEFAULT_BACKEND_URL, 'MESHWORK_BACKEND_URL');
  if (typeof backend === 'string') return backend;

  // `$(curl ...)` and pasted secrets can carry stray whitespace.
  const token = (values.token ?? env.MESHWORK_TOKEN ?? '').trim() || undefined;
  return { backend, token };
}
