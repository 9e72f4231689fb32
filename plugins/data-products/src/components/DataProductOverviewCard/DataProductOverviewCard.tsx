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

import { Alert, Flex, Grid } from '@backstage/ui';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import { RelatedEntityLink } from '../RelatedEntityLink';
import { isDataProductEntity } from '@meshwork/plugin-data-products-common';
import { DownloadOdpsButton } from '../DownloadOdpsButton';
import { describeSensitivity } from '../portSummary';
import { OverviewField, SafeLink } from '@meshwork/plugin-data-products-react';

const lifecycleBanners = {
  deprecated: {
    status: 'warning',
    title:
      'Deprecated: this data product is being phased out. Plan to move to its successor.',
  },
  retired: {
    status: 'danger',
    title:
      'Retired: this data product is no longer maintained. Do not build on it.',
  },
} as const;

/**
 * What a consumer needs to judge a data product at a glance, beside the
 * catalog's About card: that card already shows the description, so this
 * one starts with what only a data product has.
 * @public
 */
export function DataProductOverviewCard() {
  const { entity } = useEntity();
  if (!isDataProductEntity(entity)) return null;
  const { spec } = entity;
  const entityRef = stringifyEntityRef(entity);
  const banner = lifecycleBanners[spec.status as keyof typeof lifecycleBanners];
  return (
    <EntityInfoCard
      title="Data product"
      footerActions={
        // one button per product: the last one's failure is not this one's
        <DownloadOdpsButton key={entityRef} entityRef={entityRef} />
      }
    >
      <Flex direction="column" gap="4">
        {banner && <Alert status={banner.status} icon title={banner.title} />}
        <Grid.Root columns={{ initial: '1', md: '3' }} gap="4">
          <OverviewField label="Owner">
            <RelatedEntityLink entityRef={spec.owner} defaultKind="group" />
          </OverviewField>
          <OverviewField label="Domain">
            <RelatedEntityLink entityRef={spec.domain} defaultKind="domain" />
          </OverviewField>
          <OverviewField label="Status">{spec.status}</OverviewField>
          <OverviewField label="Type">{spec.type}</OverviewField>
          <OverviewField label="Version">{spec.version}</OverviewField>
          <OverviewField label="Sensitivity">
            {describeSensitivity(spec)}
          </OverviewField>
        </Grid.Root>
        <OverviewField label="Purpose">{spec.purpose}</OverviewField>
        {spec.usage && (
          <OverviewField label="Usage">{spec.usage}</OverviewField>
        )}
        {spec.limitations && (
          <OverviewField label="Limitations">{spec.limitations}</OverviewField>
        )}
        <OverviewField label="Support">
          {spec.support?.length
            ? spec.support.map(channel => (
                <div key={channel.channel}>
                  <SafeLink href={channel.url}>{channel.channel}</SafeLink>
                  {channel.scope && ` (${channel.scope})`}
                </div>
              ))
            : undefined}
        </OverviewField>
        {spec.team?.length ? (
          <OverviewField label="Team">
            {spec.team.map(member => (
              <div key={`${member.user}-${member.role}`}>
                <RelatedEntityLink entityRef={member.user} defaultKind="user" />{' '}
                ({member.role})
              </div>
            ))}
          </OverviewField>
        ) : undefined}
      </Flex>
    </EntityInfoCard>
  );
}
