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

import {
  Button,
  Flex,
  Table,
  type ColumnConfig,
  type TableItem,
} from '@backstage/ui';
import type { CursorPages } from '@meshwork/plugin-data-products-react';
import { LoadError } from '../shared';

/**
 * A table of a list paged with a cursor, the newest first: the rows loaded
 * so far, then a button for older ones while there are more, or why they
 * did not load with a Retry.
 */
export function NewestFirstTable<T extends TableItem>(props: {
  columns: ColumnConfig<T>[];
  rows: T[];
  pages: Pick<
    CursorPages<unknown>,
    'hasMore' | 'loadMore' | 'loadingMore' | 'moreError'
  >;
  /** What the older rows are, e.g. "older requests": the button and the error name it. */
  older: string;
}) {
  const { columns, rows, pages, older } = props;
  return (
    <Flex direction="column" gap="3">
      <Table columnConfig={columns} data={rows} pagination={{ type: 'none' }} />
      {pages.moreError && (
        <LoadError
          error={pages.moreError}
          what={older}
          onRetry={pages.loadMore}
        />
      )}
      {pages.hasMore && !pages.moreError && (
        <div>
          <Button
            size="small"
            variant="secondary"
            isPending={pages.loadingMore}
            onPress={pages.loadMore}
          >
            {`Show ${older}`}
          </Button>
        </div>
      )}
    </Flex>
  );
}
