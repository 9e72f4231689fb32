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

import { ResponseError } from '@backstage/errors';
import type { Entity } from '@backstage/catalog-model';
import { catalogQueryUrl } from '../evaluate/backendUrl';
import {
  DEFAULT_TIMEOUT_MS,
  fetchWith,
  isHeaderSafe,
  serverMessageOf,
  UNSAFE_TOKEN_MESSAGE,
  type BackendTarget,
} from '../evaluate/cliClient';
import {
  describeHttpError,
  describeNetworkError,
} from '../evaluate/describeFailure';

/** Products per query: one filter each, and URLs stay short. */
const REFS_PER_QUERY = 20;

/** Only what deciding who reads which port needs. */
const FIELDS = 'kind,metadata.name,metadata.namespace,spec.inputPorts';

type Page = { items?: Entity[]; pageInfo?: { nextCursor?: string } };

async function readPages(first: URL, fetcher: typeof fetch): Promise<Entity[]> {
  const readers: Entity[] = [];
  let url: URL | undefined = first;
  while (url) {
    const response = await fetcher(url);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    const page = (await response.json()) as Page;
    readers.push(...(page.items ?? []));
    const cursor = page.pageInfo?.nextCursor;
    url = undefined;
    if (cursor) {
      url = new URL(first.pathname, first);
      url.search = new URLSearchParams({ cursor, fields: FIELDS }).toString();
    }
  }
  return readers;
}

function describeRefusal(
  error: ResponseError,
  url: URL,
  hasToken: boolean,
): string {
  const serverMessage = serverMessageOf(error);
  if (error.statusCode === 403) {
    return `the token may not read the catalog (${serverMessage}); use a token of a user or service that may`;
  }
  return describeHttpError({
    status: error.statusCode,
    serverMessage,
    url,
    hasToken,
  });
}

/**
 * The data products of the catalog that depend on any of `refs` (the
 * relation each input port's `dataProduct` makes): who reads the ports
 * being changed. Or why they can't be had, to say and stop.
 */
export async function catalogReaders(
  target: BackendTarget,
  refs: string[],
): Promise<{ readers: Entity[] } | { failed: string }> {
  if (!isHeaderSafe(target.token)) return { failed: UNSAFE_TOKEN_MESSAGE };
  const timeoutMs = target.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetcher = fetchWith(target.token, timeoutMs);
  const base = catalogQueryUrl(target.backend);
  const readers: Entity[] = [];
  for (let i = 0; i < refs.length; i += REFS_PER_QUERY) {
    const url = new URL(base);
    for (const ref of refs.slice(i, i + REFS_PER_QUERY)) {
      url.searchParams.append(
        'filter',
        `kind=DataProduct,relations.dependsOn=${ref}`,
      );
    }
    url.searchParams.set('fields', FIELDS);
    url.searchParams.set('limit', '500');
    try {
      readers.push(...(await readPages(url, fetcher)));
    } catch (error) {
      if (error instanceof ResponseError) {
        return { failed: describeRefusal(error, base, Boolean(target.token)) };
      }
      // A 200 that is not JSON: the frontend's page, most likely.
      if ((error as Error)?.name === 'SyntaxError') {
        return {
          failed: `unexpected answer from ${base.href}: not JSON; is --backend the portal's backend?`,
        };
      }
      return { failed: describeNetworkError(error, base, timeoutMs) };
    }
  }
  return { readers };
}
