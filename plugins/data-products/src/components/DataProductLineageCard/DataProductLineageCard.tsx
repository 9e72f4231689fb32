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

import { type ReactNode, useCallback } from 'react';
import {
  type Entity,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
} from '@backstage/catalog-model';
import {
  Direction,
  EntityCatalogGraphCard,
  type EntityEdge,
} from '@backstage/plugin-catalog-graph';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import { Flex, Skeleton, Text } from '@backstage/ui';
import {
  DATA_PRODUCT_KIND,
  isDataProductEntity,
} from '@meshwork/plugin-data-products-common';
import { useLineage } from '../../hooks/useLineage';
import { LoadError } from '../shared';
import { ObservedReads } from './ObservedReads';
import { PortEdgeLabel } from './PortEdgeLabel';

/**
 * The relations the catalog processor emits for input ports: a product
 * `dependsOn` each upstream product it reads, which is `dependencyOf` it.
 */
export const LINEAGE_RELATIONS = [RELATION_DEPENDS_ON, RELATION_DEPENDENCY_OF];
export const LINEAGE_KINDS = [DATA_PRODUCT_KIND];

const TITLE = 'Lineage';

interface LineageProps {
  maxDepth: number;
  height: number;
}

/**
 * The graph alone would follow both relations at every hop: up to an
 * upstream product, then back down to its other readers, which are not this
 * product's lineage. The walk follows each relation away from the product
 * only, and the graph shows what the walk found.
 */
function LineageGraph(props: LineageProps & { product: Entity }) {
  const { product, maxDepth, height } = props;
  const { lineage, portLabels, entityFilter, loading, error, retry } =
    useLineage(product, maxDepth);
  const renderLabel = useCallback(
    ({ edge }: { edge: EntityEdge }) => (
      <PortEdgeLabel edge={edge} portLabels={portLabels ?? new Map()} />
    ),
    [portLabels],
  );

  const frame = (content: ReactNode) => (
    <EntityInfoCard title={TITLE}>{content}</EntityInfoCard>
  );
  // a retry keeps the last error until it settles: loading comes first
  if (error && !loading) {
    return frame(<LoadError error={error} what="lineage" onRetry={retry} />);
  }
  if (loading || !lineage) {
    return frame(
      <Skeleton
        role="progressbar"
        aria-label="Loading lineage"
        width="100%"
        height={height}
      />,
    );
  }
  if (lineage.upstream.length === 0 && lineage.downstream.length === 0) {
    const name = product.metadata.title ?? product.metadata.name;
    return frame(
      <Text as="p">
        {name} reads from no other data product, and no data product reads from
        it. Lineage appears once an input port names the data product it reads
        (spec.inputPorts[].dataProduct).
      </Text>,
    );
  }
  return (
    <EntityCatalogGraphCard
      title={TITLE}
      kinds={LINEAGE_KINDS}
      relations={LINEAGE_RELATIONS}
      maxDepth={maxDepth}
      entityFilter={entityFilter}
      renderLabel={renderLabel}
      height={height}
      // edges point from a product to what it reads; drawn right to left,
      // data flows left to right: upstream on the left, consumers on the right
      direction={Direction.RIGHT_LEFT}
    />
  );
}

/**
 * Upstream and downstream data products on the catalog graph: the products
 * this one reads from (and theirs), the products that read it (and theirs),
 * each edge labelled with the port versions read (`orders v2.0.0`).
 * Siblings, owners, domains and contracts are left out: this card answers
 * "where does my data come from, and who reads it". Beside the declared
 * graph, the datasets OpenLineage saw the product's jobs read.
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
    <Flex direction="column" gap="4">
      <LineageGraph product={entity} maxDepth={maxDepth} height={height} />
      <ObservedReads product={entity} />
    </Flex>
  );
}
