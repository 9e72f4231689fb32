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

import type { DataProductEntityV1alpha1 } from '../entity';
import { derivedOdpsId, odpsIdOf } from './odpsId';

const uuidV5 =
  /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function product(
  name: string,
  extra: Partial<DataProductEntityV1alpha1['metadata']> = {},
): DataProductEntityV1alpha1 {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name, ...extra },
    spec: { owner: 'group:sales-data', domain: 'sales', status: 'active' },
  };
}

describe('odpsIdOf', () => {
  it('gives the same product the same UUID, and other products others', () => {
    const id = odpsIdOf(product('orders-daily'));
    expect(id).toMatch(uuidV5);
    expect(odpsIdOf(product('orders-daily'))).toBe(id);
    expect(odpsIdOf(product('orders-raw'))).not.toBe(id);
    expect(
      odpsIdOf(product('orders-daily', { namespace: 'finance' })),
    ).not.toBe(id);
  });

  it('derives it from the ref, whatever its spelling', () => {
    const id = odpsIdOf(product('orders-daily'));
    expect(derivedOdpsId('dataproduct:default/orders-daily')).toBe(id);
    expect(derivedOdpsId('DataProduct:Default/Orders-Daily')).toBe(id);
    expect(
      derivedOdpsId({
        kind: 'DataProduct',
        namespace: 'default',
        name: 'orders-daily',
      }),
    ).toBe(id);
  });

  it('stays the same from one release to the next', () => {
    // Consumers store these ids: a changed namespace constant would change all of them.
    expect(derivedOdpsId('dataproduct:default/orders-daily')).toBe(
      'ff20b9d9-0f03-5f84-9426-653052b934a8',
    );
  });

  it('takes the meshwork.dev/odps-id annotation when there is one', () => {
    const annotated = product('orders-daily', {
      annotations: {
        'meshwork.dev/odps-id': '37712269-afa3-435f-a6d5-30f7b9c57580',
      },
    });
    expect(odpsIdOf(annotated)).toBe('37712269-afa3-435f-a6d5-30f7b9c57580');
  });
});
