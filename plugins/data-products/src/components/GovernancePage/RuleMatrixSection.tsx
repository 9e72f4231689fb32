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

import { useMemo, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { Alert, Button, Flex, Skeleton, Text } from '@backstage/ui';
import { useApi } from '@backstage/frontend-plugin-api';
import { RiDownloadLine } from '@remixicon/react';
import {
  dataProductsApiRef,
  useProductList,
  useRules,
} from '@meshwork/plugin-data-products-react';
import { useFacets } from '../../hooks';
import { describeError, downloadBlob, LoadError } from '../shared';
import { GovernanceSection } from './GovernanceSection';
import { MatrixFilters } from './MatrixFilters';
import { RuleMatrixTable } from './RuleMatrixTable';
import { toListFilters, type MatrixFilterValues } from './filterValues';

const PAGE_SIZE = 50;

/** Every product against every rule, filtered and paged on the server, exportable as CSV. */
export function RuleMatrixSection() {
  const api = useApi(dataProductsApiRef);
  const [values, setValues] = useState<MatrixFilterValues>({});
  const [searchText, setSearchText] = useState('');
  const [offset, setOffset] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<Error>();

  const filters = useMemo(() => toListFilters(values), [values]);
  const update = (patch: MatrixFilterValues) => {
    setValues(current => ({ ...current, ...patch }));
    setOffset(0);
  };
  // one request per pause in typing, not per keystroke
  useDebounce(
    () => {
      if ((values.q ?? '') !== searchText) update({ q: searchText });
    },
    300,
    [searchText],
  );

  const list = useProductList({ ...filters, offset, limit: PAGE_SIZE });
  const facetsState = useFacets(filters);
  const { facets } = facetsState;
  const rulesState = useRules();

  const exportCsv = async () => {
    setExporting(true);
    setExportError(undefined);
    try {
      downloadBlob(await api.getProductsCsv(filters), 'data-products.csv');
    } catch (e) {
      setExportError(e as Error);
    } finally {
      setExporting(false);
    }
  };

  const page = list.page;
  const error = list.error ?? rulesState.error;
  let content;
  if (error) {
    const retry = list.error ? list.retry : rulesState.retry;
    content = (
      <LoadError error={error} what="the rule matrix" onRetry={retry} />
    );
  } else if (!page || !rulesState.rules) {
    content = <Skeleton width="100%" height={240} />;
  } else if (page.items.length === 0) {
    content = (
      <Text as="p">
        {Object.keys(filters).length > 0
          ? 'No data product matches these filters.'
          : 'No data product has been evaluated yet.'}
      </Text>
    );
  } else {
    const last = page.offset + page.items.length;
    content = (
      <Flex
        direction="column"
        gap="2"
        aria-busy={list.isStale}
        // the last page stays while the next loads: dim it so it is not taken for the new one
        style={{ opacity: list.isStale ? 0.6 : 1 }}
      >
        <RuleMatrixTable items={page.items} rules={rulesState.rules} />
        <Flex align="center" justify="end" gap="2">
          <Text variant="body-small" aria-live="polite">
            {page.offset + 1}–{last} of {page.totalCount}
          </Text>
          <Button
            size="small"
            variant="secondary"
            isDisabled={page.offset === 0 || list.loading}
            onPress={() => setOffset(Math.max(0, page.offset - PAGE_SIZE))}
          >
            Previous
          </Button>
          <Button
            size="small"
            variant="secondary"
            isDisabled={last >= page.totalCount || list.loading}
            onPress={() => setOffset(page.offset + PAGE_SIZE)}
          >
            Next
          </Button>
        </Flex>
      </Flex>
    );
  }

  return (
    <GovernanceSection
      title="Matrix"
      description="Every data product against every rule. Hover a rule for its title."
      actions={
        <Button
          variant="secondary"
          iconStart={<RiDownloadLine />}
          isPending={exporting}
          onPress={exportCsv}
        >
          Export CSV
        </Button>
      }
    >
      <Flex direction="column" gap="3">
        <MatrixFilters
          values={values}
          searchText={searchText}
          facets={facets}
          rules={rulesState.rules}
          onSearchTextChange={setSearchText}
          onChange={update}
        />
        {facetsState.error && !list.error && (
          <LoadError
            error={facetsState.error}
            what="the filter values"
            onRetry={facetsState.retry}
          />
        )}
        {exportError && (
          <Alert
            status="danger"
            title="Could not export the CSV"
            description={describeError(exportError)}
          />
        )}
        {content}
      </Flex>
    </GovernanceSection>
  );
}
