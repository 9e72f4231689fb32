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

import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  DataProductEntityV1alpha1,
  validateDataProductEntity,
} from '../entity';
import { dataProductToOdps } from './dataProductToOdps';
import { odpsToDataProduct } from './odpsToDataProduct';
import officialSchema from './schemas/odps-json-schema-v1.1.0.json';

const examplesDir = path.resolve(
  __dirname,
  '../../../../examples/data-products',
);

// Checked with the official schema on its own, not through validateOdpsDocument.
const ajv = addFormats(new Ajv2019({ allErrors: true }));
const isOfficialOdps = ajv.compile(officialSchema);

const examples = fs
  .readdirSync(examplesDir)
  .filter(file => file.endsWith('.yaml'))
  .flatMap(file =>
    parseAllDocuments(fs.readFileSync(path.join(examplesDir, file), 'utf8'))
      .map(doc => doc.toJS())
      .filter(entity => entity?.kind === 'DataProduct')
      .map(entity => ({
        file,
        name: String(entity.metadata.name),
        entity: entity as DataProductEntityV1alpha1,
      })),
  );

describe('ODPS round trip of the examples', () => {
  it('covers every DataProduct of examples/data-products', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
  });

  it.each(examples.map(e => [e.file, e.name, e.entity] as const))(
    '%s: %s exports to valid ODPS v1.1.0 and imports back unchanged',
    (_file, _name, entity) => {
      expect(validateDataProductEntity(entity)).toEqual([]);
      const document = dataProductToOdps(entity);
      const valid = isOfficialOdps(document);
      expect(isOfficialOdps.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      expect(document).toMatchObject({
        apiVersion: 'v1.1.0',
        kind: 'DataProduct',
        name: entity.metadata.title ?? entity.metadata.name,
        status: entity.spec.status,
        team: { name: entity.spec.owner },
        domain: entity.spec.domain,
      });

      // through YAML text, as the CLI and the download hand it on
      const { entity: imported, problems } = odpsToDataProduct(
        JSON.parse(JSON.stringify(document)),
      );
      expect(problems).toEqual([]);
      expect(imported).toEqual(entity);
    },
  );
});
