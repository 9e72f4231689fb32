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

// Tests run in Node: they read contracts as the text an API entity's
// spec.definition carries, which a bundled import would already have parsed.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'fs';
import { parseAllDocuments } from 'yaml';

/** The official Bitol full example, kept with the ODCS reader in -common. */
export const fullExampleOdcs = readFileSync(
  `${__dirname}/../../../../../data-products-common/src/odcs/__fixtures__/full-example.odcs.yaml`,
  'utf8',
);

/** `spec.definition` of an API entity in Meshwork's example catalog. */
export function exampleContractDefinition(name: string): string {
  const file = `${__dirname}/../../../../../../examples/contracts.yaml`;
  const entity = parseAllDocuments(readFileSync(file, 'utf8'))
    .map(doc => doc.toJS())
    .find(e => e?.metadata?.name === name);
  if (!entity) throw new Error(`No API entity ${name} in ${file}`);
  return entity.spec.definition;
}
