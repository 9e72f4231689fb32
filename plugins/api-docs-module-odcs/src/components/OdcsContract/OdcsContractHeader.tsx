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

import { Alert, Flex, Grid, Text } from '@backstage/ui';
import { OverviewField } from '@meshwork/plugin-data-products-react';
import { PiiMarker } from './SensitivityMarkers';
import type {
  OdcsContract,
  OdcsPrice,
} from '@meshwork/plugin-data-products-common';

const statusBanners: Record<
  string,
  { status: 'warning' | 'danger'; title: string }
> = {
  deprecated: {
    status: 'warning',
    title: 'Deprecated contract: plan to move to its successor.',
  },
  retired: {
    status: 'danger',
    title: 'Retired contract: the data is no longer delivered under it.',
  },
};

function describePrice(price?: OdcsPrice): string | undefined {
  if (!price?.amount) return undefined;
  const amount = [price.amount, price.currency].filter(Boolean).join(' ');
  return price.unit ? `${amount} per ${price.unit}` : amount;
}

/** What the contract is and what it is for, before its details. */
export function OdcsContractHeader(props: { contract: OdcsContract }) {
  const { contract } = props;
  const { description } = contract;
  const banner = statusBanners[contract.status?.toLowerCase() ?? ''];
  const price = describePrice(contract.price);
  return (
    <Flex direction="column" gap="3">
      {banner && <Alert status={banner.status} icon title={banner.title} />}
      <Flex align="center" gap="2">
        <Text as="h3" variant="title-small">
          {contract.name ??
            contract.dataProduct ??
            contract.id ??
            'Data contract'}
        </Text>
        {contract.containsPii && <PiiMarker />}
      </Flex>
      <Grid.Root columns={{ initial: '2', md: '4' }} gap="3">
        <OverviewField label="Version">{contract.version}</OverviewField>
        <OverviewField label="Status">{contract.status}</OverviewField>
        <OverviewField label="Domain">{contract.domain}</OverviewField>
        <OverviewField label="Data product">
          {contract.dataProduct}
        </OverviewField>
        {contract.tenant && (
          <OverviewField label="Tenant">{contract.tenant}</OverviewField>
        )}
        {price && <OverviewField label="Price">{price}</OverviewField>}
        <OverviewField label="Contract id">
          {contract.id && <code>{contract.id}</code>}
        </OverviewField>
        <OverviewField label="Standard">
          ODCS {contract.apiVersion}
        </OverviewField>
      </Grid.Root>
      <OverviewField label="Purpose">{description.purpose}</OverviewField>
      <OverviewField label="Usage">{description.usage}</OverviewField>
      <OverviewField label="Limitations">
        {description.limitations}
      </OverviewField>
      {contract.tags.length > 0 && (
        <Text as="p" variant="body-small" color="secondary">
          Tags: {contract.tags.join(', ')}
        </Text>
      )}
    </Flex>
  );
}
