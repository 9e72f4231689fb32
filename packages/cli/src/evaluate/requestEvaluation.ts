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
import { evaluateUrl } from './backendUrl';
import {
  BackendTarget,
  cliClient,
  DEFAULT_TIMEOUT_MS,
  isHeaderSafe,
  isRefusal,
  serverMessageOf,
  UNSAFE_TOKEN_MESSAGE,
} from './cliClient';
import { describeHttpError, describeNetworkError } from './describeFailure';
import type { EvaluationResponse, ServerProblem } from './types';

/** What to send, and where. */
export interface EvaluationRequest extends BackendTarget {
  /** The file's text, sent as it is: the backend parses and locates. */
  content: string;
}

/** What the backend's refusal means to the user: the file's problems for a 400, else what to do. */
function refusalOf(
  error: ResponseError,
  url: URL,
  hasToken: boolean,
): EvaluationResponse {
  const { statusCode: status, body } = error;
  const serverMessage = serverMessageOf(error);
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
    return { type: 'failed', message: UNSAFE_TOKEN_MESSAGE };
  }
  const client = cliClient({ ...request, timeoutMs });
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
