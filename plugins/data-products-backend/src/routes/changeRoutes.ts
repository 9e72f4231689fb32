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

import type { Router } from 'express';
import type {
  DataProductChangePage,
  DataProductChangeRecord,
} from '@meshwork/plugin-data-products-common';
import { z } from 'zod/v3';
import type { ReadableProducts } from '../database/readableProducts';
import type { RouteOptions } from './RouteOptions';
import { entityRefParam, parsed } from './validation';

const listQuery = z
  .object({
    severity: z.enum(['breaking', 'notable']).optional(),
    entityRef: entityRefParam('DataProduct').optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().optional(),
  })
  .strict();

/** The changes with only the readers the caller may read named. */
function withReadableReaders(
  items: DataProductChangeRecord[],
  readable: ReadableProducts,
): DataProductChangeRecord[] {
  if (readable.all) return items;
  const may = new Set(readable.refs);
  return items.map(item => ({
    ...item,
    changes: item.changes.map(change =>
      change.readers
        ? { ...change, readers: change.readers.filter(r => may.has(r)) }
        : change,
    ),
  }));
}

/**
 * What the backend saw change in the catalog's products, the newest first:
 * only the products the caller may read are listed, and only the readers
 * they may read are named.
 */
export function addChangeRoutes(router: Router, options: RouteOptions) {
  const { httpAuth, changes, readAccess } = options;

  router.get('/changes', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const query = parsed(listQuery, req.query, 'parameters');
    const readable = await readAccess.readable(credentials);
    const page = await changes.listChanges({ ...query, readable });
    const response: DataProductChangePage = {
      ...page,
      items: withReadableReaders(page.items, readable),
    };
    res.json(response);
  });
}
