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

import type { EntityEdge } from '@backstage/plugin-catalog-graph';
import { edgeKey } from '../../hooks/lineagePorts';

/**
 * An edge's label on the lineage graph: the port versions the reader reads
 * of the product it points at (`orders v2.0.0`), where the catalog graph
 * would name the relations. Merged edges run from the reader, which holds
 * `dependsOn`, to the product read; an edge whose reader names no port
 * keeps the relations.
 */
export function PortEdgeLabel(props: {
  edge: EntityEdge;
  portLabels: Map<string, string>;
}) {
  const { edge, portLabels } = props;
  const text =
    portLabels.get(edgeKey(edge.from, edge.to)) ?? edge.relations.join(' / ');
  return (
    <text
      textAnchor="middle"
      // the graph's own labels take the theme's text colour too
      style={{ fill: 'var(--bui-fg-primary, currentColor)' }}
    >
      {text}
    </text>
  );
}
