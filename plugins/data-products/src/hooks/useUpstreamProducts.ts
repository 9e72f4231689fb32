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

import { useMemo } from 'react';
import { type Entity, RELATION_DEPENDENCY_OF } from '@backstage/catalog-model';
import type { DataProductEntityV1alpha1 } from '@meshwork/plugin-data-products-common';
import { productKey } from './portReads';
import { useRelatedProducts } from './useRelatedProducts';

/**
 * The data products a product's input ports read, with their output ports,
 * so the page can say which version of which port each input reads (an
 * input without a version reads the newest that is not deprecated).
 * Products the viewer may not see are not there: their inputs show what
 * the input port asks for.
 */
export function useUpstreamProducts(product: DataProductEntityV1alpha1) {
  const { products, error, retry } = useRelatedProducts({
    product,
    relation: RELATION_DEPENDENCY_OF,
    portsField: 'spec.outputPorts',
    wanted: (product.spec.inputPorts ?? []).some(
      port => port.dataProduct && port.port,
    ),
  });
  const upstreamOf = useMemo(() => {
    const byKey = new Map(
      products?.map(upstream => [productKey(upstream), upstream]),
    );
    return (key: string | undefined): Entity | undefined =>
      key ? byKey.get(key) : undefined;
  }, [products]);
  return { upstreamOf, error, retry };
}
