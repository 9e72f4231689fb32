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

import type { Entity } from '@backstage/catalog-model';
import type { DataProductListItem } from '@meshwork/plugin-data-products-common';

/** A listed product as GET /products returns it, `orders-daily` of sales unless told otherwise. */
export function listedProduct(
  overrides: Partial<DataProductListItem> = {},
): DataProductListItem {
  return {
    entityRef: 'dataproduct:default/orders-daily',
    name: 'orders-daily',
    title: 'Orders daily',
    description: 'Every confirmed order line, refreshed nightly.',
    domainRef: 'domain:default/sales',
    ownerRef: 'group:default/sales-data',
    status: 'active',
    type: 'source-aligned',
    classification: 'confidential',
    tags: ['orders', 'finance'],
    level: 'silver',
    score: 82,
    failingRuleIds: ['sla-declared'],
    states: { 'has-owner': 'pass', 'sla-declared': 'fail' },
    evaluatedAt: '2026-11-21T08:00:00.000Z',
    ...overrides,
  };
}

/** Listed products `product-1` … `product-n`, as the listing sorts them. */
export function listedProducts(count: number): DataProductListItem[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `product-${index + 1}`;
    return listedProduct({
      entityRef: `dataproduct:default/${name}`,
      name,
      title: `Product ${index + 1}`,
    });
  });
}

/** The catalog entity of a listed product. */
export function productEntity(
  item: DataProductListItem,
  spec: Record<string, unknown> = {},
): Entity {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: {
      name: item.name,
      namespace: 'default',
      title: item.title,
      description: item.description,
      tags: item.tags,
    },
    spec: {
      owner: item.ownerRef,
      domain: item.domainRef,
      status: item.status,
      ...spec,
    },
  };
}
