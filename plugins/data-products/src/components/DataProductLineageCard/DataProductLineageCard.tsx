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
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
} from '@backstage/catalog-model';
import {
  Direction,
  EntityCatalogGraphCard,
} from '@backstage/plugin-catalog-graph';
import { useEntity } from '@backstage/plugin-catalog-react';
import { isDataProductEntity } from '@meshwork/plugin-data-products-common';

/**
 * The relations the catalog processor emits for input ports: a product
 * `dependsOn` each upstream product it reads, which is `dependencyOf` it.
 */
export const LINEAGE_RELATIONS = [RELATION_DEPENDS_ON, RELATION_DEPENDENCY_OF];
export const LINEAGE_KINDS = ['DataProduct'];

/**
 * Upstream and downstream data products on the catalog graph. Owners,
 * domains and contracts are left out: this card answers "where does my data
 * come from, and who reads it".
 * @public
 */
export function DataProductLineageCard(props: {
  /** How many hops up- and downstream to follow. */
  maxDepth?: number;
  height?: number;
}) {
  const { maxDepth = 2, height = 360 } = props;
  const { entity } = useEntity();
  if (!isDataProductEntity(entity)) return null;
  return (
    <EntityCatalogGraphCard
      title="Lineage"
      kinds={LINEAGE_KINDS}
      relations={LINEAGE_RELATIONS}
      maxDepth={maxDepth}
      height={height}
      // edges point from a product to what it reads; drawn right to left,
      // data flows left to right: upstream on the left, consumers on the right
      direction={Direction.RIGHT_LEFT}
    />
  );
}
