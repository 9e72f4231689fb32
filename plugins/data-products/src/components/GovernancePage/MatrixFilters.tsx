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

import { Flex, SearchField, Select } from '@backstage/ui';
import type {
  DataProductFacets,
  DataProductFacetValue,
  DataProductLevel,
  ScorecardRuleSummary,
} from '@meshwork/plugin-data-products-common';
import { shortRef } from '../DataProductTable';
import { LEVEL_LABELS } from '@meshwork/plugin-data-products-react';
import type { MatrixFilterValues } from './filterValues';

/** The option for "no filter"; no ref, level or rule id looks like it. */
const ANY = '*';

/**
 * One filter: the values the other filters leave, with their counts. The
 * selected value stays listed when nothing matches it any more, so it can
 * be cleared.
 */
function FilterSelect(props: {
  label: string;
  values?: DataProductFacetValue[];
  selected?: string;
  labelOf: (value: string) => string;
  onChange: (value: string | undefined) => void;
}) {
  const { label, values = [], selected, labelOf, onChange } = props;
  const listed = values.some(v => v.value === selected);
  const options = [
    { id: ANY, label: 'Any' },
    ...values.map(v => ({
      id: v.value,
      label: `${labelOf(v.value)} (${v.count})`,
    })),
    ...(selected && !listed
      ? [{ id: selected, label: `${labelOf(selected)} (0)` }]
      : []),
  ];
  return (
    <Select
      label={label}
      options={options}
      value={selected ?? ANY}
      onChange={key =>
        onChange(key === null || key === ANY ? undefined : String(key))
      }
    />
  );
}

export interface MatrixFiltersProps {
  values: MatrixFilterValues;
  /** What the search box shows; it reaches `values.q` once typing pauses. */
  searchText: string;
  facets?: DataProductFacets;
  rules?: ScorecardRuleSummary[];
  onSearchTextChange: (text: string) => void;
  onChange: (patch: MatrixFilterValues) => void;
}

/** Filters of the governance matrix: by domain, owner, level, failing rule and text. */
export function MatrixFilters(props: MatrixFiltersProps) {
  const { values, searchText, facets, rules, onChange } = props;
  const ruleTitles = new Map(rules?.map(rule => [rule.id, rule.title]));
  return (
    <Flex gap="3" align="end" style={{ flexWrap: 'wrap' }}>
      <SearchField
        label="Search"
        placeholder="Title, ref, description or tag"
        value={searchText}
        onChange={props.onSearchTextChange}
      />
      <FilterSelect
        label="Domain"
        values={facets?.domain}
        selected={values.domain}
        labelOf={shortRef}
        onChange={domain => onChange({ domain })}
      />
      <FilterSelect
        label="Owner"
        values={facets?.owner}
        selected={values.owner}
        labelOf={shortRef}
        onChange={owner => onChange({ owner })}
      />
      <FilterSelect
        label="Level"
        values={facets?.level}
        selected={values.level}
        labelOf={level => LEVEL_LABELS[level as DataProductLevel] ?? level}
        onChange={level => onChange({ level: level as DataProductLevel })}
      />
      <FilterSelect
        label="Failing rule"
        values={facets?.failing}
        selected={values.failing}
        labelOf={id => ruleTitles.get(id) ?? id}
        onChange={failing => onChange({ failing })}
      />
    </Flex>
  );
}
