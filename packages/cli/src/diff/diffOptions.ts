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

import { parseBackendUrl } from '../evaluate/backendUrl';

/** `meshwork diff`'s options as parseArgs reads them. */
export const diffArgs = {
  against: { type: 'string' },
  backend: { type: 'string' },
  token: { type: 'string' },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What to compare, and how to report it. */
export type DiffOptions = {
  format: 'text' | 'json';
  /** The catalog to ask for the products that read the ports. */
  catalog?: { backend: URL; token: string | undefined };
} & (
  | { old: string; now: string }
  /** OLD is `path` as it was at the git ref `against`; NEW, as it is on disk. */
  | { against: string; path: string }
);

/** Checks the arguments; a string is a usage error. */
export function resolveDiffOptions(
  values: {
    against?: string;
    backend?: string;
    token?: string;
    format?: string;
  },
  paths: ReadonlyArray<string>,
  env: Record<string, string | undefined>,
): DiffOptions | string {
  const { format = 'text', against } = values;
  if (format !== 'text' && format !== 'json') {
    return `unknown format "${format}"; expected text or json`;
  }
  let catalog: DiffOptions['catalog'];
  if (values.backend !== undefined) {
    const backend = parseBackendUrl(values.backend);
    if (typeof backend === 'string') return backend;
    // `$(curl ...)` and pasted secrets can carry stray whitespace.
    const token =
      (values.token ?? env.MESHWORK_TOKEN ?? '').trim() || undefined;
    catalog = { backend, token };
  } else if (values.token !== undefined) {
    return '--token is for the catalog: give --backend URL too';
  }
  if (against !== undefined) {
    if (!against || against.startsWith('-')) {
      return `--against "${against}" is not a git ref; expected one such as origin/main`;
    }
    if (paths.length > 1) {
      return `with --against, give one PATH (or none for the current folder), not ${paths.length}`;
    }
    return { format, catalog, against, path: paths[0] ?? '.' };
  }
  if (paths.length !== 2) {
    return paths.length < 2
      ? 'expected OLD and NEW (files or folders), or --against REF'
      : `expected OLD and NEW, got ${paths.length} paths`;
  }
  return { format, catalog, old: paths[0], now: paths[1] };
}
