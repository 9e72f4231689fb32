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

import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import type {
  DataProductChangeRecord,
  DataProductsApi,
} from '@meshwork/plugin-data-products-common';
import { dataProductsApiRef } from '../api';
import { useChanges } from './useChanges';

const record = (id: string): DataProductChangeRecord => ({
  id,
  entityRef: 'dataproduct:default/orders-daily',
  detectedAt: '2026-12-07T02:00:00.000Z',
  fromVersion: '1.4.0',
  toVersion: '1.5.0',
  changes: [],
  unversioned: 0,
});

function renderChanges(listChanges: DataProductsApi['listChanges']) {
  const api = { listChanges: jest.fn(listChanges) };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      {children}
    </TestApiProvider>
  );
  const { result } = renderHook(
    () => useChanges({ severity: 'breaking', limit: 1 }),
    { wrapper },
  );
  return { api, result };
}

describe('useChanges', () => {
  it('loads the newest page, then each older one with the cursor the last page gave', async () => {
    const { api, result } = renderChanges(async ({ cursor }) =>
      cursor === 'c1'
        ? { items: [record('older')] }
        : { items: [record('newest')], nextCursor: 'c1' },
    );
    await waitFor(() =>
      expect(result.current.items?.map(r => r.id)).toEqual(['newest']),
    );
    expect(api.listChanges).toHaveBeenCalledWith({
      severity: 'breaking',
      limit: 1,
    });
    expect(result.current.hasMore).toBe(true);

    await act(() => result.current.loadMore());
    expect(api.listChanges).toHaveBeenLastCalledWith({
      severity: 'breaking',
      limit: 1,
      cursor: 'c1',
    });
    expect(result.current.items?.map(r => r.id)).toEqual(['newest', 'older']);
    expect(result.current.hasMore).toBe(false);
  });

  it('keeps what it has when an older page fails, and asks for that page again', async () => {
    let fail = true;
    const { api, result } = renderChanges(async ({ cursor }) => {
      if (!cursor) return { items: [record('newest')], nextCursor: 'c1' };
      if (fail) throw new Error('Backend unavailable');
      return { items: [record('older')] };
    });
    await waitFor(() => expect(result.current.items).toHaveLength(1));

    await act(() => result.current.loadMore());
    expect(result.current.moreError?.message).toBe('Backend unavailable');
    expect(result.current.items?.map(r => r.id)).toEqual(['newest']);

    fail = false;
    await act(() => result.current.loadMore());
    expect(api.listChanges).toHaveBeenLastCalledWith(
      expect.objectContaining({ cursor: 'c1' }),
    );
    expect(result.current.moreError).toBeUndefined();
    expect(result.current.items?.map(r => r.id)).toEqual(['newest', 'older']);
  });
});
