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

import { InputError, NotFoundError } from '@backstage/errors';
import type { Request, RequestHandler, Router } from 'express';
import type { RunReadResult } from '@meshwork/plugin-data-products-common';
import { z } from 'zod/v3';
import { toolRunsBody } from '../runs/toolRunSchema';
import { jsonBody } from './jsonBody';
import type { RouteOptions } from './RouteOptions';
import { parsed } from './validation';

const page = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The problems a reader met, as one message: the first few, and how many. */
function problemsMessage(read: RunReadResult): string {
  const shown = read.problems.slice(0, 5).map(p => p.message);
  const more = read.problems.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/**
 * Tool results in, facts out: `POST /runs/<tool>` takes a tool's own output
 * for every installed fact source (and the paths a source adds, such as
 * OpenLineage's), `POST /runs` runs already read by the CLI. Both need the
 * fact permission on every product a run reaches. Registered before the
 * router's own JSON parser, with a limit of their own: a dbt manifest is
 * larger than any other body here.
 */
export function addRunRoutes(router: Router, options: RouteOptions) {
  const { httpAuth, runs } = options;
  const json = jsonBody(
    runs.maxBodySize,
    ' (dataProducts.runs.maxBodySize). Post the runs read by meshwork facts push instead, or raise the limit',
  );
  const writer = { allow: ['user', 'service'] as Array<'user' | 'service'> };
  // Who posts is checked before the body is read: a large body is parsed
  // for callers with a token only, on every path, whatever its auth policy.
  const signedIn: RequestHandler = (req, _res, next) => {
    httpAuth.credentials(req, writer).then(() => next(), next);
  };

  async function ingestRead(req: Request, read: RunReadResult) {
    if (read.runs.length === 0) {
      throw new InputError(
        read.problems.length > 0
          ? `Nothing could be read: ${problemsMessage(read)}`
          : 'Nothing could be read: the body holds no run',
      );
    }
    const credentials = await httpAuth.credentials(req, writer);
    return runs.ingestion.ingest(read.runs, read.problems, credentials);
  }

  router.get('/runs/sources', async (req, res) => {
    await httpAuth.credentials(req);
    res.json({ items: [...runs.sources.keys()].map(tool => ({ tool })) });
  });

  router.get('/runs/unplaced', async (req, res) => {
    await httpAuth.credentials(req);
    res.json(await runs.unplaced.list(parsed(page, req.query)));
  });

  router.post('/runs', signedIn, json, async (req, res) => {
    await httpAuth.credentials(req, writer);
    const body = parsed(toolRunsBody, req.body);
    res
      .status(201)
      .json(await ingestRead(req, { runs: body.runs, problems: [] }));
  });

  router.post('/runs/:tool', signedIn, json, async (req, res) => {
    const source = runs.sources.get(req.params.tool);
    if (!source) {
      throw new NotFoundError(
        `No fact source for ${req.params.tool} is installed; installed: ${
          [...runs.sources.keys()].join(', ') || 'none'
        }`,
      );
    }
    await httpAuth.credentials(req, writer);
    res.status(201).json(await ingestRead(req, source.read(req.body)));
  });

  for (const source of runs.sources.values()) {
    for (const path of source.paths ?? []) {
      router.post(path, signedIn, json, async (req, res) => {
        await httpAuth.credentials(req, writer);
        res.status(201).json(await ingestRead(req, source.read(req.body)));
      });
    }
  }
}
