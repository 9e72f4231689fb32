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

import path from 'node:path';

/** The example mesh the portal loads (`examples/` at the repo root). */
export const examplesDir = path.resolve(__dirname, '../../../../examples');

/**
 * The catalog section of app-config.yaml for a test backend: the example
 * mesh's kinds allowed and its files registered, plus any extra files.
 */
export function exampleCatalogConfig(extraFiles: string[] = []) {
  return {
    rules: [
      {
        allow: ['Location', 'Domain', 'Group', 'User', 'API', 'DataProduct'],
      },
    ],
    locations: [path.join(examplesDir, 'all.yaml'), ...extraFiles].map(
      target => ({ type: 'file', target }),
    ),
  };
}
