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

import { evaluateUrl } from './backendUrl';
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

function parseJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function headersFor(token: string | undefined): Headers | undefined {
  try {
    return new Headers({
      'Content-Type': 'application/yaml',
      Accept: 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    });
  } catch {
    // Only the token can make a header invalid, e.g. a line break pasted into it.
    return undefined;
  }
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
  const headers = headersFor(request.token);
  if (!headers) {
    return {
      type: 'failed',
      message:
        'the token holds characters an HTTP header cannot carry, such as a line break; pass --token or set MESHWORK_TOKEN to the token alone',
    };
  }

  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body: request.content,
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Read the body under the same timeout: a backend can stall after the headers.
    text = await response.text();
  } catch (error) {
    return {
      type: 'failed',
      message: describeNetworkError(error, url, timeoutMs),
    };
  }

  const body = parseJson(text);
  // A proxy in front of the backend may answer with HTML: fall back to the status text.
  const serverMessage: string =
    typeof body?.error?.message === 'string'
      ? body.error.message
      : response.statusText || `HTTP ${response.status}`;

  if (response.status === 200) {
    if (!Array.isArray(body?.items)) {
      return {
        type: 'failed',
        message: `unexpected answer from ${url.href}: no "items" list; is --backend the portal's backend?`,
      };
    }
    return { type: 'evaluated', items: body.items };
  }
  if (response.status === 400) {
    const problems: ServerProblem[] = Array.isArray(body?.problems)
      ? body.problems.filter((p: any) => typeof p?.message === 'string')
      : [];
    return { type: 'invalid', message: serverMessage, problems };
  }
  return {
    type: 'failed',
    message: describeHttpError({
      status: response.status,
      serverMessage,
      url,
      hasToken: Boolean(request.token),
    }),
  };
}
