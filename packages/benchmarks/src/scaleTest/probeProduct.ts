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

import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

/** The test's own product, published as "New data product" would: edited by the change detection check. */
export const PROBE_NAME = 'scale-probe';

function probeEntity(title: string) {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: {
      name: PROBE_NAME,
      title,
      description:
        'Edited by npm run test:scale to see the change detected once.',
      tags: ['sales'],
    },
    spec: {
      owner: 'group:sales-data',
      domain: 'domain:sales',
      status: 'proposed',
      type: 'consumer-aligned',
      team: [{ user: 'user:guest', role: 'owner' }],
    },
  };
}

/**
 * Writes the probe's catalog-info.yaml into the published folder (the
 * backends' `meshwork.localPublish.directory`), with `title`: the first
 * time before the backends start, then as an edit.
 */
export function writeProbe(publishedDir: string, title: string) {
  const file = path.join(publishedDir, PROBE_NAME, 'catalog-info.yaml');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, stringify(probeEntity(title)));
  return { ref: `dataproduct:default/${PROBE_NAME}`, file, publishedDir };
}
