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
import { Flex, Text } from '@backstage/ui';
import {
  describePort,
  findOutputPort,
  type InputPort,
} from '@meshwork/plugin-data-products-common';
import { OverviewField } from '@meshwork/plugin-data-products-react';
import { outputPortsOf, portReadBy } from '../../hooks/portReads';
import { RelatedEntityLink } from '../RelatedEntityLink';
import { PORT_ITEM } from './PortSection';

/** Why the version an input port reads needs its owner's attention, if it does. */
function readWarning(port: InputPort, upstream: Entity | undefined) {
  if (!port.port || !upstream) return undefined;
  const read = portReadBy(port, upstream);
  const asked = describePort({ name: port.port, version: port.version });
  if (!read) return `The upstream data product serves no ${asked}.`;
  if (!read.deprecated) return undefined;
  const newest = findOutputPort(outputPortsOf(upstream), port.port);
  return newest && !newest.deprecated
    ? `${describePort(read)} is deprecated: move to ${describePort(newest)}.`
    : `${describePort(read)} is deprecated.`;
}

/**
 * The port version an input port reads: the upstream's own when the
 * catalog gave it, else what the input port asks for (the viewer may not
 * see the upstream, or the catalog has not answered yet).
 */
function portRead(port: InputPort & { port: string }, upstream?: Entity) {
  const read = portReadBy(port, upstream);
  if (read) return describePort(read);
  const asked = describePort({ name: port.port, version: port.version });
  return port.version ? asked : `${asked} (its newest version)`;
}

/** One input port: the upstream product and port version it reads, or a source outside the mesh. */
export function InputPortItem(props: { port: InputPort; upstream?: Entity }) {
  const { port, upstream } = props;
  const warning = readWarning(port, upstream);
  return (
    <li style={PORT_ITEM} aria-label={port.name}>
      <Flex direction="column" gap="2">
        <Text weight="bold">{port.name}</Text>
        {port.description && <Text as="p">{port.description}</Text>}
        {port.dataProduct ? (
          <Text as="p">
            Reads{' '}
            {port.port && (
              <>
                <strong>
                  {portRead({ ...port, port: port.port }, upstream)}
                </strong>{' '}
                of{' '}
              </>
            )}
            <RelatedEntityLink
              entityRef={port.dataProduct}
              defaultKind="dataproduct"
            />
          </Text>
        ) : (
          <Text as="p">
            <em>A source outside the mesh: it reads no data product.</em>
          </Text>
        )}
        {warning && (
          <Text as="p" color="warning">
            {warning}
          </Text>
        )}
        <OverviewField label="Contract">
          {port.contract && (
            <RelatedEntityLink entityRef={port.contract} defaultKind="api" />
          )}
        </OverviewField>
      </Flex>
    </li>
  );
}
