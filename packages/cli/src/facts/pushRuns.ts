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
import type {
  RunPushResponse,
  ToolRun,
} from '@meshwork/plugin-data-products-common';
import { dataProductsUrl } from '../evaluate/backendUrl';
import {
  BackendTarget,
  cliClient,
  DEFAULT_TIMEOUT_MS,
  isHeaderSafe,
  isRefusal,
  serverMessageOf,
  UNSAFE_TOKEN_MESSAGE,
} from '../evaluate/cliClient';
import {
  describeHttpError,
  describeNetworkError,
} from '../evaluate/describeFailure';

/** What became of a push: the backend's answer, or one line saying why not. */
export type PushOutcome =
  | { type: 'accepted'; answer: RunPushResponse }
  | { type: 'refused'; message: string };

/**
 * The backend's refusal in its own words. A 400, 403 or 413 is about these
 * runs (a field, the products they reach, their size), and says so; the
 * rest is about the setup, said as `evaluate` says it.
 */
function refusalMessage(
  error: ResponseError,
  url: URL,
  hasToken: boolean,
): string {
  const status = error.statusCode;
  const said = serverMessageOf(error).replace(/\s+/g, ' ').trim();
  if (status === 403) {
    return `the backend refused the runs (HTTP 403): ${said}; use a token of a user or service that may report facts on every data product the runs reach, or ask a portal admin`;
  }
  if (status === 400 || status === 413) {
    return `the backend refused the runs (HTTP ${status}): ${said}`;
  }
  return describeHttpError({ status, serverMessage: said, url, hasToken });
}

/**
 * Posts the runs in one request to `POST /runs` through the common client.
 * Never throws: a dead backend comes back as a refusal too.
 */
export async function pushRuns(
  target: BackendTarget,
  runs: ToolRun[],
): Promise<PushOutcome> {
  const url = new URL(`${dataProductsUrl(target.backend)}/runs`);
  const timeoutMs = target.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!isHeaderSafe(target.token)) {
    return { type: 'refused', message: UNSAFE_TOKEN_MESSAGE };
  }
  const unexpected = {
    type: 'refused' as const,
    message: `unexpected answer from ${url.href}: no "products" list; is --backend the portal's backend, with a data products plugin that takes runs?`,
  };
  try {
    const answer = await cliClient({ ...target, timeoutMs }).pushRuns(runs);
    return Array.isArray(answer?.products) && answer.unplaced
      ? { type: 'accepted', answer }
      : unexpected;
  } catch (error) {
    if (isRefusal(error)) {
      const message = refusalMessage(error, url, Boolean(target.token));
      return { type: 'refused', message };
    }
    if (isError(error) && error.name === 'SyntaxError') return unexpected;
    return {
      type: 'refused',
      message: describeNetworkError(error, url, timeoutMs),
    };
  }
}
