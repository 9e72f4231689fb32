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

import {
  validateDataProductEntity,
  validateOdcsDocument,
} from '@meshwork/plugin-data-products-common';
import { parse, parseAllDocuments } from 'yaml';
import { generateDiffRepository } from './generateDiffRepository';

describe('generateDiffRepository', () => {
  const { old, now } = generateDiffRepository({
    ports: 12,
    columns: 15,
    changedContracts: 5,
  });

  it('writes as files what it hands the engine as data, valid product and ODCS contracts', () => {
    for (const side of [old, now]) {
      const [product] = parseAllDocuments(side.files['catalog-info.yaml']).map(
        d => d.toJS(),
      );
      expect(product).toEqual(side.product);
      expect(validateDataProductEntity(product)).toEqual([]);
      const apis = parseAllDocuments(side.files['contracts.yaml']).map(d =>
        d.toJS(),
      );
      expect(apis.map(api => parse(api.spec.definition))).toEqual(
        side.contracts.map(c => c.contract),
      );
      for (const { contract } of side.contracts) {
        expect(validateOdcsDocument(contract)).toEqual([]);
      }
    }
  });

  it('changes some contracts, three freshness promises and one port major version in NEW', () => {
    const changed = now.contracts.filter(
      (c, i) =>
        JSON.stringify(c.contract.schema) !==
        JSON.stringify(old.contracts[i].contract.schema),
    );
    expect(changed).toHaveLength(6);
    const ports = now.product.spec.outputPorts;
    expect(ports.filter((p: any) => p.sla.freshness === 'P2D')).toHaveLength(3);
    expect(ports.filter((p: any) => p.version === '2.0.0')).toHaveLength(1);
  });
});
