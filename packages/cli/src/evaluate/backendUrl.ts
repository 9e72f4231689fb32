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

/** Where `yarn start` serves the backend: what a domain owner tries first. */
export const DEFAULT_BACKEND_URL = 'http://localhost:7007';

/**
 * The backend's URL, or why `text` isn't one; `source` names where it came
 * from (`--backend` or the variable). Only http(s): `new
 * URL('localhost:7007')` parses, with `localhost:` as its scheme.
 */
export function parseBackendUrl(
  text: string,
  source = '--backend',
): URL | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${source} "${text}" is not a URL; expected one such as ${DEFAULT_BACKEND_URL}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `${source} "${text}" is not an http or https URL; expected one such as ${DEFAULT_BACKEND_URL}`;
  }
  return url;
}

/** The data-products API; a path in the backend URL (a portal behind `/backstage`) is kept. */
export function dataProductsUrl(backend: URL): string {
  const base = backend.href.endsWith('/') ? backend.href : `${backend.href}/`;
  return new URL('api/data-products', base).href;
}

/** The dry-run endpoint, as the messages name it. */
export function evaluateUrl(backend: URL): URL {
  return new URL(`${dataProductsUrl(backend)}/evaluate`);
}

/** The catalog's entity query, at the same backend. */
export function catalogQueryUrl(backend: URL): URL {
  const base = backend.href.endsWith('/') ? backend.href : `${backend.href}/`;
  return new URL('api/catalog/entities/by-query', base);
}
