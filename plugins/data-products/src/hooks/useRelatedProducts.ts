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

import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { DATA_PRODUCT_KIND } from '@meshwork/plugin-data-products-common';

/** Enough of a product to name it, link it and resolve its refs. */
const NAMING_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
];

/**
 * The data products at the other end of one of a product's lineage
 * relations, each with one of its port lists, in one catalog query. The
 * catalog's permission policy leaves out the products the viewer may not
 * see. `wanted: false` asks nothing: the caller has nothing to show them in.
 */
export function useRelatedProducts(options: {
  product: Entity;
  /** The relation the other products have to this one. */
  relation: string;
  portsField: 'spec.inputPorts' | 'spec.outputPorts';
  wanted: boolean;
}) {
  const { product, relation, portsField, wanted } = options;
  const catalogApi = useApi(catalogApiRef);
  const state = useAsyncRetry(async () => {
    if (!wanted) return [];
    const { items } = await catalogApi.getEntities({
      filter: {
        kind: DATA_PRODUCT_KIND,
        [`relations.${relation}`]: stringifyEntityRef(product),
      },
      fields: [...NAMING_FIELDS, portsField],
    });
    return items;
  }, [catalogApi, product, relation, portsField, wanted]);
  return {
    products: state.value,
    loading: state.loading,
    error: state.error,
    retry: state.retry,
  };
}
