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

import { Flex } from '@backstage/ui';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import {
  type DataProductEntityV1alpha1,
  isDataProductEntity,
  outputPortVersions,
} from '@meshwork/plugin-data-products-common';
import { upstreamKeyOf } from '../../hooks/portReads';
import { usePortReaders } from '../../hooks/usePortReaders';
import { useUpstreamProducts } from '../../hooks/useUpstreamProducts';
import { LoadError } from '../shared';
import { InputPortItem } from './InputPortItem';
import { ManagementPortItem } from './ManagementPortItem';
import { OutputPortBlock } from './OutputPortBlock';
import { PortSection } from './PortSection';

function ProductPorts(props: { product: DataProductEntityV1alpha1 }) {
  const { product } = props;
  const readers = usePortReaders(product);
  const upstreams = useUpstreamProducts(product);
  const {
    outputPorts = [],
    inputPorts = [],
    managementPorts = [],
  } = product.spec;
  const names = [...new Set(outputPorts.map(port => port.name))];
  return (
    <Flex direction="column" gap="4">
      <PortSection
        title="Output ports"
        empty="This data product declares no output ports yet, so consumers have nothing to read."
      >
        {names.map(name => (
          <OutputPortBlock
            key={name}
            name={name}
            versions={outputPortVersions(outputPorts, name)}
            readers={readers}
          />
        ))}
      </PortSection>
      {upstreams.error && (
        <LoadError
          error={upstreams.error}
          what="the versions its input ports read"
          onRetry={upstreams.retry}
        />
      )}
      <PortSection
        title="Input ports"
        empty="This data product declares no input ports: it reads no other data product."
      >
        {inputPorts.map((port, index) => (
          <InputPortItem
            // input ports are told apart by name and the version they read
            key={`${port.name} ${port.version ?? ''} ${index}`}
            port={port}
            upstream={upstreams.upstreamOf(upstreamKeyOf(product, port))}
          />
        ))}
      </PortSection>
      <PortSection
        title="Management ports"
        empty="No management ports: the owners link no dashboards, controls or dictionary here."
      >
        {managementPorts.map(port => (
          <ManagementPortItem key={port.name} port={port} />
        ))}
      </PortSection>
    </Flex>
  );
}

/**
 * A data product's ports as a consumer reads them: each output port with
 * its versions (and, for a deprecated one, who still reads it), the
 * upstream port versions it reads, and its management ports.
 * @public
 */
export function DataProductPortsCard() {
  const { entity } = useEntity();
  if (!isDataProductEntity(entity)) return null;
  return (
    <EntityInfoCard title="Ports">
      <ProductPorts product={entity} />
    </EntityInfoCard>
  );
}
