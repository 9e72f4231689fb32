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

import { Flex, Text } from '@backstage/ui';
import type { ReactNode } from 'react';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import { RelatedEntityLink } from '../RelatedEntityLink';
import { isDataProductEntity } from '@meshwork/plugin-data-products-common';
import type {
  InputPort,
  OutputPort,
} from '@meshwork/plugin-data-products-common';
import {
  describeServer,
  describeSensitivity,
  describeSla,
} from '../portSummary';
import {
  REFUSED_LINK_REASON,
  SafeLink,
} from '@meshwork/plugin-data-products-react';

const none = <em>not declared</em>;

function OutputPortRow(props: { port: OutputPort }) {
  const { port } = props;
  return (
    <tr>
      <td>
        <strong>{port.name}</strong>
        {port.deprecated && ' (deprecated)'}
        {port.description && <div>{port.description}</div>}
      </td>
      <td>{port.type ?? none}</td>
      <td>{describeServer(port) ?? none}</td>
      <td>{describeSla(port) ?? none}</td>
      <td>{describeSensitivity(port) ?? none}</td>
      <td>
        {port.contract ? (
          <RelatedEntityLink entityRef={port.contract} defaultKind="api" />
        ) : (
          none
        )}
      </td>
      <td>
        {port.accessRequest?.url && (
          <SafeLink
            href={port.accessRequest.url}
            fallback={<em>{REFUSED_LINK_REASON}</em>}
          >
            Request access
          </SafeLink>
        )}
        {port.accessRequest?.autoApprove && ' (granted automatically)'}
        {!port.accessRequest?.url && !port.accessRequest?.autoApprove && none}
      </td>
    </tr>
  );
}

function InputPortRow(props: { port: InputPort }) {
  const { port } = props;
  return (
    <tr>
      <td>
        <strong>{port.name}</strong>
        {port.description && <div>{port.description}</div>}
      </td>
      <td>
        {port.dataProduct ? (
          <>
            <RelatedEntityLink
              entityRef={port.dataProduct}
              defaultKind="dataproduct"
            />
            {port.port && ` → ${port.port}`}
          </>
        ) : (
          <em>outside the mesh</em>
        )}
      </td>
      <td>
        {port.contract ? (
          <RelatedEntityLink entityRef={port.contract} defaultKind="api" />
        ) : (
          none
        )}
      </td>
    </tr>
  );
}

function PortTable(props: {
  title: string;
  columns: string[];
  empty: string;
  children: ReactNode[];
}) {
  const { title, columns, empty, children } = props;
  return (
    <>
      <Text as="h3" weight="bold">
        {title}
      </Text>
      {children.length === 0 ? (
        <Text as="p">{empty}</Text>
      ) : (
        // Many columns outgrow a narrow card: let the table scroll, not spill.
        <div style={{ overflowX: 'auto' }}>
          <table aria-label={title} style={{ width: '100%' }}>
            <thead>
              <tr>
                {columns.map(column => (
                  <th key={column} align="left">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The ports consumers read from and the upstream products this one reads. @public */
export function DataProductPortsCard() {
  const { entity } = useEntity();
  if (!isDataProductEntity(entity)) return null;
  const outputPorts = entity.spec.outputPorts ?? [];
  const inputPorts = entity.spec.inputPorts ?? [];
  return (
    <EntityInfoCard title="Ports">
      <Flex direction="column" gap="4">
        <PortTable
          title="Output ports"
          columns={[
            'Port',
            'Type',
            'Where',
            'Service levels',
            'Sensitivity',
            'Contract',
            'Access',
          ]}
          empty="This data product declares no output ports yet, so consumers have nothing to read."
        >
          {outputPorts.map(port => (
            <OutputPortRow key={port.name} port={port} />
          ))}
        </PortTable>
        <PortTable
          title="Input ports"
          columns={['Port', 'Reads from', 'Contract']}
          empty="This data product reads no other data product."
        >
          {inputPorts.map(port => (
            <InputPortRow key={port.name} port={port} />
          ))}
        </PortTable>
      </Flex>
    </EntityInfoCard>
  );
}
