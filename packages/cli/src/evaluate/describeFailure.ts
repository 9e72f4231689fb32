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

// One line per way the backend can fail us, each saying what to do next:
// a domain owner reads these in a CI log, without the code at hand.

const TOKEN_HELP =
  'pass --token or set MESHWORK_TOKEN (see "meshwork evaluate --help" for how to get one)';

/** Collapses a server's message to one line; it goes after ours. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Why fetch could not get an answer at all: the backend is down, unknown, or slow. */
export function describeNetworkError(
  error: unknown,
  url: URL,
  timeoutMs: number,
): string {
  const err = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; errors?: Array<{ code?: string }> };
  };
  if (err?.name === 'TimeoutError') {
    return `no answer from ${url.origin} within ${
      timeoutMs / 1000
    } seconds; check that the backend is up, or pass another --backend`;
  }
  // fetch wraps the socket error; with both IPv4 and IPv6 tried, it is an AggregateError.
  const code = err?.cause?.code ?? err?.cause?.errors?.[0]?.code;
  const where = `cannot connect to ${url.origin}`;
  const fix = 'pass --backend URL or set MESHWORK_BACKEND_URL';
  switch (code) {
    case 'ECONNREFUSED':
      return `${where}: connection refused; is the backend running? Or ${fix}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${where}: host not found; ${fix}`;
    default:
      return `${where}: ${oneLine(
        code ?? err?.cause?.toString() ?? err?.message ?? String(error),
      )}; ${fix}`;
  }
}

/** An HTTP error other than a 400, which is the file's fault and printed as problems. */
export function describeHttpError(options: {
  status: number;
  serverMessage: string;
  url: URL;
  hasToken: boolean;
}): string {
  const { status, url, hasToken } = options;
  const said = oneLine(options.serverMessage);
  if (status === 401) {
    return hasToken
      ? `the backend refused the token (expired, or not one of this backend's): ${TOKEN_HELP}`
      : `the backend needs a token: ${TOKEN_HELP}`;
  }
  if (status === 403) {
    return `the token is not permitted to evaluate data products (${said}); use a token of a user or service that is, or ask a portal admin`;
  }
  if (status === 404) {
    return `${url.href} not found (HTTP 404); is --backend the portal's backend, with the data products plugin installed?`;
  }
  if (status === 429) {
    return `the backend limits how often one token may run a dry run (${said}); wait a minute, or run fewer at once`;
  }
  if (status >= 500) {
    return `the backend failed (HTTP ${status}: ${said}); try again, or ask a portal admin to look at the backend's logs`;
  }
  return `the backend answered HTTP ${status}: ${said}`;
}
