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

import { memo, useMemo } from 'react';
import { Button, Flex, Text } from '@backstage/ui';
import {
  DATA_PRODUCT_LIST_FILTERS,
  type DataProductFacets,
  type DataProductListFilterName,
} from '@meshwork/plugin-data-products-common';
import {
  type DataProductListQuery,
  LEVEL_LABELS,
} from '@meshwork/plugin-data-products-react';
import { shortRef } from '../DataProductTable';
import { FacetSelect } from './FacetSelect';

const FILTER_LABELS: Record<DataProductListFilterName, string> = {
  domain: 'Domain',
  owner: 'Owner',
  status: 'Status',
  type: 'Type',
  level: 'Level',
  classification: 'Classification',
  tag: 'Tag',
  failing: 'Failing rule',
};

const NONE: string[] = [];

/**
 * The browse page's filters. Memoised: the page renders again when its rows
 * load, and eight selects need not follow unless the query or facets changed.
 */
export const BrowseFilters = memo(function BrowseFiltersRow(props: {
  query: DataProductListQuery;
  facets?: DataProductFacets;
  ruleTitles: Map<string, string>;
  onChange: (patch: Partial<DataProductListQuery>) => void;
}) {
  const { query, facets, ruleTitles, onChange } = props;
  // Stable per filter, so that picking a level renders the Level select only.
  const labelOf = useMemo<
    Partial<Record<DataProductListFilterName, (v: string) => string>>
  >(
    () => ({
      domain: shortRef,
      owner: shortRef,
      level: v => LEVEL_LABELS[v as keyof typeof LEVEL_LABELS] ?? v,
      failing: v => ruleTitles.get(v) ?? v,
    }),
    [ruleTitles],
  );
  const onChangeOf = useMemo(
    () =>
      Object.fromEntries(
        DATA_PRODUCT_LIST_FILTERS.map(name => [
          name,
          (selected: string[]) =>
            onChange({ [name]: selected.length ? selected : undefined }),
        ]),
      ) as Record<DataProductListFilterName, (selected: string[]) => void>,
    [onChange],
  );
  const names = DATA_PRODUCT_LIST_FILTERS;
  const active =
    names.some(name => query[name]?.length) || !!query.q || !!query.underOwner;
  return (
    <Flex gap="3" align="end" style={{ flexWrap: 'wrap' }}>
      {query.underOwner && (
        <Text>Owned by {shortRef(query.underOwner)} or its sub-groups</Text>
      )}
      {names.map(name => (
        <div key={name} style={{ minWidth: 170 }}>
          <FacetSelect
            label={FILTER_LABELS[name]}
            values={facets?.[name]}
            selected={query[name] ?? NONE}
            labelOf={labelOf[name]}
            onChange={onChangeOf[name]}
          />
        </div>
      ))}
      {active && (
        <Button
          variant="tertiary"
          onPress={() =>
            onChange(
              Object.fromEntries(
                [...names, 'q', 'underOwner'].map(name => [name, undefined]),
              ),
            )
          }
        >
          Clear filters
        </Button>
      )}
    </Flex>
  );
});
