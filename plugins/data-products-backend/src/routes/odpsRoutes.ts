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

import type { Request, Router } from 'express';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  exportDataProductAsOdps,
  isDataProductEntity,
} from '@meshwork/plugin-data-products-common';
import { stringify } from 'yaml';
import { z } from 'zod/v3';
import type { RouteOptions } from './RouteOptions';
import { entityRefOf, parsed } from './validation';

const odpsQuery = z
  .object({ format: z.enum(['json', 'yaml']).optional() })
  .strict();

/** The media types a client may ask for; the first is the default (`*\/*`). */
const mediaTypes = [
  'application/json',
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
  'text/x-yaml',
];

function wantsYaml(req: Request, format: 'json' | 'yaml' | undefined) {
  if (format) return format === 'yaml';
  const accepted = req.accepts(mediaTypes);
  return typeof accepted === 'string' && accepted.endsWith('yaml');
}

/**
 * A data product as an ODPS v1.1.0 document: JSON, or a YAML download with
 * `?format=yaml` or an `Accept` that asks for YAML. A product whose export
 * the ODPS schema would refuse (kept ODPS fields edited by hand, say) gets
 * a 409 naming each field, never an invalid document.
 */
export function addOdpsRoutes(
  router: Router,
  options: Pick<RouteOptions, 'httpAuth' | 'catalog'>,
) {
  const { httpAuth, catalog } = options;
  const signedIn = { allow: ['user' as const, 'service' as const] };

  router.get('/odps/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req, signedIn);
    const { format } = parsed(odpsQuery, req.query, 'parameters');
    const entityRef = entityRefOf(req.params);
    // The caller's own credentials: the catalog's read permission decides
    // which products they may export, as it decides which they may see.
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!isDataProductEntity(entity)) {
      throw new NotFoundError(`No data product ${entityRef}`);
    }
    const { document, problems } = exportDataProductAsOdps(entity);
    if (!document) {
      throw new ConflictError(
        `The ODPS export of ${entityRef} would be invalid: ${problems
          .map(problem => problem.message)
          .join('; ')}`,
      );
    }
    if (!wantsYaml(req, format)) {
      res.json(document);
      return;
    }
    res.attachment(`${entity.metadata.name}.odps.yaml`);
    res.type('application/yaml');
    res.send(stringify(document));
  });
}
