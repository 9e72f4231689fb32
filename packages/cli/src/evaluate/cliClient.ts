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

import { isError, type ResponseError } from '@backstage/errors';
import { DataProductsClient } from '@meshwork/plugin-data-products-common';
import { dataProductsUrl } from './backendUrl';

/** Long enough for a big file against a busy catalog; short enough that a CI job doesn't hang. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Where the CLI's requests go, and as whom. */
export interface BackendTarget {
  /** The backend's base URL, such as http://localhost:7007. */
  backend: URL;
  /** A Backstage token; without one the request goes unauthenticated. */
  token?: string;
  timeoutMs?: number;
}

/** Said when the token can't be sent at all. */
export const UNSAFE_TOKEN_MESSAGE =
  'the token holds characters an HTTP header cannot carry, such as a line break; pass --token or set MESHWORK_TOKEN to the token alone';

/** Only the token can make a header invalid, e.g. a line break pasted into it. */
export function isHeaderSafe(token: string | undefined): boolean {
  if (!token) return true;
  try {
    new Headers().set('Authorization', `Bearer ${token}`);
    return true;
  } catch {
    return false;
  }
}

/**
 * The CLI's fetch: the token, if any, on every request, and a timeout that
 * covers reading the body too, since a backend can stall after the headers.
 */
export function fetchWith(
  token: string | undefined,
  timeoutMs: number,
): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetch(input, {
      ...init,
      headers,
      signal: AbortSignal.timeout(timeoutMs),
    });
  };
}

/** The one client, at a static base URL, with the CLI's fetch. */
export function cliClient(target: BackendTarget): DataProductsClient {
  return new DataProductsClient({
    discoveryApi: { getBaseUrl: async () => dataProductsUrl(target.backend) },
    fetchApi: {
      fetch: fetchWith(target.token, target.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    },
  });
}

/** An answer with an error status, as the client throws it. */
export function isRefusal(error: unknown): error is ResponseError {
  return isError(error) && error.name === 'ResponseError';
}

/**
 * What the backend said. Backstage's error bodies name the request; for
 * anything else, such as a proxy's HTML page, ResponseError makes a body up
 * without it, and the status text says more.
 */
export function serverMessageOf(error: ResponseError): string {
  return error.body.request
    ? error.body.error.message
    : error.statusText || `HTTP ${error.statusCode}`;
}
