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

import { Badge, Flex, Grid, Text } from '@backstage/ui';
import {
  describePort,
  type OutputPort,
} from '@meshwork/plugin-data-products-common';
import {
  OverviewField,
  REFUSED_LINK_REASON,
  SafeLink,
} from '@meshwork/plugin-data-products-react';
import type { PortReadersState } from '../../hooks/usePortReaders';
import { RelatedEntityLink } from '../RelatedEntityLink';
import { describeSensitivity, describeSla } from '../portSummary';
import { PORT_ITEM } from './PortSection';
import { StillReadBy } from './StillReadBy';

/**
 * Where the port is served, its address whole: a consumer copies it into a
 * client, so it wraps rather than being cut off at the card's edge.
 */
function ServerAddress(props: { server: NonNullable<OutputPort['server']> }) {
  const { type, location, environment } = props.server;
  return (
    <>
      {type}
      {environment && ` (${environment})`}
      <code style={{ display: 'block', overflowWrap: 'anywhere' }}>
        {location}
      </code>
    </>
  );
}

function AccessRequest(props: {
  accessRequest: NonNullable<OutputPort['accessRequest']>;
}) {
  const { url, autoApprove } = props.accessRequest;
  return (
    <>
      {url && (
        <SafeLink href={url} fallback={<em>{REFUSED_LINK_REASON}</em>}>
          Request access
        </SafeLink>
      )}
      {url && autoApprove && ' '}
      {autoApprove && '(granted automatically)'}
    </>
  );
}

/** One version of an output port, as a consumer about to read it needs it. */
export function OutputPortVersion(props: {
  port: OutputPort;
  /** The version to move to, when this one is deprecated. */
  successor?: OutputPort;
  readers: PortReadersState;
}) {
  const { port, successor, readers } = props;
  const { server, contract, accessRequest } = port;
  const label = describePort(port);
  return (
    <li style={PORT_ITEM} aria-label={label}>
      <Flex direction="column" gap="2">
        <Flex align="center" gap="2">
          <Text weight="bold">{label}</Text>
          {port.type && <Text color="secondary">{port.type}</Text>}
          {port.deprecated && <Badge size="small">deprecated</Badge>}
        </Flex>
        {port.description && <Text as="p">{port.description}</Text>}
        <OverviewField label="Server">
          {server && <ServerAddress server={server} />}
        </OverviewField>
        <Grid.Root columns={{ initial: '1', md: '2' }} gap="3">
          <OverviewField label="Service levels">
            {describeSla(port)}
          </OverviewField>
          <OverviewField label="Sensitivity">
            {describeSensitivity(port)}
          </OverviewField>
          <OverviewField label="Contract">
            {contract && (
              <RelatedEntityLink entityRef={contract} defaultKind="api" />
            )}
          </OverviewField>
          <OverviewField label="Access">
            {(accessRequest?.url || accessRequest?.autoApprove) && (
              <AccessRequest accessRequest={accessRequest} />
            )}
          </OverviewField>
        </Grid.Root>
        {port.deprecated && (
          <StillReadBy port={port} successor={successor} readers={readers} />
        )}
      </Flex>
    </li>
  );
}
