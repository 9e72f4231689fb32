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

import { stringifyEntityRef } from '@backstage/catalog-model';
import { DataProductEntitiesProcessor } from './DataProductEntitiesProcessor';

const location = {
  type: 'url',
  target: 'https://example.com/catalog-info.yaml',
};

function product(spec: object) {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: 'orders-daily', namespace: 'sales' },
    spec: { owner: 'sales-data', domain: 'sales', status: 'active', ...spec },
  };
}

/** Emitted relations as `source type target`, refs compared as the catalog does. */
function emittedRelations(emit: jest.Mock): string[] {
  return emit.mock.calls
    .map(([result]) => {
      expect(result.type).toBe('relation');
      const { source, type, target } = result.relation;
      return `${stringifyEntityRef(source)} ${type} ${stringifyEntityRef(
        target,
      )}`;
    })
    .sort();
}

describe('DataProductEntitiesProcessor', () => {
  const processor = new DataProductEntitiesProcessor();

  it('claims valid data products and leaves other kinds alone', async () => {
    await expect(
      processor.validateEntityKind(product({}) as any),
    ).resolves.toBe(true);
    await expect(
      processor.validateEntityKind({
        ...product({}),
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
      } as any),
    ).resolves.toBe(false);
  });

  it('explains a near miss of the kind under meshwork.dev instead of leaving it unrecognised', async () => {
    await expect(
      processor.validateEntityKind({
        ...product({}),
        kind: 'dataproduct',
      } as any),
    ).rejects.toThrow(
      'DataProduct has 1 problem: kind: found "dataproduct"; did you mean "DataProduct"?',
    );
    // Under another API group the kind may be someone else's.
    await expect(
      processor.validateEntityKind({
        ...product({}),
        apiVersion: 'example.com/v1',
        kind: 'Dataproduct',
      } as any),
    ).resolves.toBe(false);
  });

  it('throws every problem of an invalid data product, with its field path', async () => {
    await expect(
      processor.validateEntityKind(
        product({
          outputPorts: [{ name: 'a', sla: { freshness: 'daily' } }],
        }) as any,
      ),
    ).rejects.toThrow(
      'DataProduct has 1 problem: spec.outputPorts[0].sla.freshness: found "daily"; expected an ISO-8601 duration such as PT24H or P1D',
    );
  });

  it('emits every relation of the kind in both directions, in the entity namespace by default', async () => {
    const emit = jest.fn();
    const entity = product({
      owner: 'user:default/jane',
      inputPorts: [
        {
          name: 'raw',
          dataProduct: 'dataproduct:orders-raw',
          port: 'events',
          contract: 'api:orders-raw-events',
        },
        { name: 'raw-again', dataProduct: 'orders-raw', port: 'snapshots' },
        { name: 'fx', dataProduct: 'finance/fx-rates', port: 'daily' },
      ],
      outputPorts: [
        { name: 'orders', contract: 'orders-daily-contract' },
        { name: 'no-contract' },
      ],
    });
    await expect(
      processor.postProcessEntity(entity as any, location, emit),
    ).resolves.toBe(entity);

    expect(emittedRelations(emit)).toEqual(
      [
        'dataproduct:sales/orders-daily ownedBy user:default/jane',
        'user:default/jane ownerOf dataproduct:sales/orders-daily',
        'dataproduct:sales/orders-daily partOf domain:sales/sales',
        'domain:sales/sales hasPart dataproduct:sales/orders-daily',
        'dataproduct:sales/orders-daily dependsOn dataproduct:sales/orders-raw',
        'dataproduct:sales/orders-raw dependencyOf dataproduct:sales/orders-daily',
        'dataproduct:sales/orders-daily dependsOn dataproduct:finance/fx-rates',
        'dataproduct:finance/fx-rates dependencyOf dataproduct:sales/orders-daily',
        'dataproduct:sales/orders-daily consumesApi api:sales/orders-raw-events',
        'api:sales/orders-raw-events apiConsumedBy dataproduct:sales/orders-daily',
        'dataproduct:sales/orders-daily providesApi api:sales/orders-daily-contract',
        'api:sales/orders-daily-contract apiProvidedBy dataproduct:sales/orders-daily',
      ].sort(),
    );
  });

  it('defaults a bare owner to a Group', async () => {
    const emit = jest.fn();
    await processor.postProcessEntity(product({}) as any, location, emit);
    expect(emittedRelations(emit)).toEqual(
      expect.arrayContaining([
        'dataproduct:sales/orders-daily ownedBy group:sales/sales-data',
        'group:sales/sales-data ownerOf dataproduct:sales/orders-daily',
      ]),
    );
  });

  it('emits nothing for other kinds', async () => {
    const emit = jest.fn();
    await processor.postProcessEntity(
      { ...product({}), kind: 'Component' } as any,
      location,
      emit,
    );
    expect(emit).not.toHaveBeenCalled();
  });
});
