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

import { memo } from 'react';
import { Select } from '@backstage/ui';
import type { DataProductFacetValue } from '@meshwork/plugin-data-products-common';

/**
 * One filter of the browse page: a multi-select whose options are the values
 * the other filters leave, each with how many products have it. Selected
 * values stay listed even when nothing matches them any more, so they can be
 * unselected.
 */
export const FacetSelect = memo(function FacetSelectOf(props: {
  label: string;
  values?: DataProductFacetValue[];
  selected: string[];
  labelOf?: (value: string) => string;
  onChange: (selected: string[]) => void;
}) {
  const { label, values = [], selected, onChange } = props;
  const labelOf = props.labelOf ?? ((value: string) => value);
  const counts = new Map(values.map(v => [v.value, v.count]));
  const options = [
    ...values.map(v => v.value),
    ...selected.filter(value => !counts.has(value)),
  ].map(value => ({
    id: value,
    label: `${labelOf(value)} (${counts.get(value) ?? 0})`,
  }));
  return (
    <Select
      label={label}
      selectionMode="multiple"
      placeholder="Any"
      options={options}
      value={selected}
      onChange={keys => onChange((keys as Array<string | number>).map(String))}
      search={options.length > 8 ? { placeholder: 'Filter…' } : undefined}
    />
  );
});
