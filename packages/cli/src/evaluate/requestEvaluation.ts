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
import { dataProductsUrl, evaluateUrl } from './backendUrl';
import { describeHttpError, describeNetworkError } from './describeFailure';
import type { EvaluationResponse, ServerProblem } from './types';

/** Long enough for a big file against a busy catalog; short enough that a CI job doesn't hang. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** What to send, and where. */
export interface EvaluationRequest {
  /** The backend's base URL, such as http://localhost:7007. */
  backend: URL;
  /** A Backstage token; without one the request goes unauthenticated. */
  token?: string;
  /** The file's text, sent as it is: the backend parses and locates. */
  content: string;
  timeoutMs?: number;
}

/** Only the token can make a header invalid, e.g. a line break pasted into it. */
function isHeaderSafe(token: string | undefined): boolean {
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
function fetchWith(token: string | undefined, timeoutMs: number): typeof fetch {
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

/** An answer with an error status, as the client throws it. */
function isRefusal(error: unknown): error is ResponseError {
  return isError(error) && error.name === 'ResponseError';
}

/** What the backend's refusal means to the user: the file's problems for a 400, else what to do. */
function refusalOf(
  error: ResponseError,
  url: URL,
  hasToken: boolean,
): EvaluationResponse {
  const { statusCode: status, body } = error;
  // Backstage's error bodies name the request; for anything else, such as
  // a proxy's HTML page, ResponseError makes a body up without it, and the
  // status text says more.
  const serverMessage = body.request
    ? body.error.message
    : error.statusText || `HTTP ${status}`;
  if (status === 400) {
    const posted = (body as { problems?: unknown }).problems;
    const problems: ServerProblem[] = Array.isArray(posted)
      ? posted.filter((p: any) => typeof p?.message === 'string')
      : [];
    return { type: 'invalid', message: serverMessage, problems };
  }
  return {
    type: 'failed',
    message: describeHttpError({ status, serverMessage, url, hasToken }),
  };
}

/**
 * Asks the backend to dry-run the scorecard on a catalog file. Never throws:
 * every outcome, a dead backend included, comes back as an
 * {@link EvaluationResponse}.
 */
export async function requestEvaluation(
  request: EvaluationRequest,
): Promise<EvaluationResponse> {
  const url = evaluateUrl(request.backend);
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!isHeaderSafe(request.token)) {
    return {
      type: 'failed',
      message:
        'the token holds characters an HTTP header cannot carry, such as a line break; pass --token or set MESHWORK_TOKEN to the token alone',
    };
  }
  const client = new DataProductsClient({
    discoveryApi: { getBaseUrl: async () => dataProductsUrl(request.backend) },
    fetchApi: { fetch: fetchWith(request.token, timeoutMs) },
  });
  const unexpected: EvaluationResponse = {
    type: 'failed',
    message: `unexpected answer from ${url.href}: no "items" list; is --backend the portal's backend?`,
  };

  try {
    const answer: { items?: unknown } = await client.dryRun(request.content);
    return Array.isArray(answer?.items)
      ? { type: 'evaluated', items: answer.items }
      : unexpected;
  } catch (error) {
    if (isRefusal(error)) {
      return refusalOf(error, url, Boolean(request.token));
    }
    // A 200 that is not JSON: the frontend's page, most likely.
    if (isError(error) && error.name === 'SyntaxError') return unexpected;
    return {
      type: 'failed',
      message: describeNetworkError(error, url, timeoutMs),
    };
  }
}
