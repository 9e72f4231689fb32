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
import { RELATION_DEPENDS_ON } from '@backstage/catalog-model';
import {
  portKey,
  type DataProductEntityV1alpha1,
  type OutputPort,
} from '@meshwork/plugin-data-products-common';
import { type PortReader, readersByPort } from './portReads';
import { useRelatedProducts } from './useRelatedProducts';

/**
 * Who still reads each deprecated output port version of a product: the
 * data products that depend on it, read from the catalog, whose input
 * ports resolve to that version. Asked only when a version is deprecated.
 * `readersOf` is undefined until the catalog has answered.
 */
export function usePortReaders(product: DataProductEntityV1alpha1) {
  const { products, loading, error, retry } = useRelatedProducts({
    product,
    relation: RELATION_DEPENDS_ON,
    portsField: 'spec.inputPorts',
    wanted: (product.spec.outputPorts ?? []).some(port => port.deprecated),
  });
  const readersOf = useMemo(() => {
    if (!products) return undefined;
    const byPort = readersByPort(product, products);
    return (port: OutputPort): PortReader[] => byPort.get(portKey(port)) ?? [];
  }, [product, products]);
  return { readersOf, loading, error, retry };
}

/** What {@link usePortReaders} returns. */
export type PortReadersState = ReturnType<typeof usePortReaders>;
