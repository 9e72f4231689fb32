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
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import type { WaiverPage } from '@meshwork/plugin-data-products-common';
import { mockDataProductsApi } from '../__testUtils__/mockDataProductsApi';
import { requestedWaiver } from '../__testUtils__/governance';
import { useWaiverPages } from './useWaiverPages';

const newest = requestedWaiver({ id: 'w-new' });

function deferred<T>() {
  let settle: { resolve: (v: T) => void; reject: (e: Error) => void };
  const promise = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle! };
}

describe('useWaiverPages', () => {
  it('drops older pages, and what an older page did, once the first page reloads', async () => {
    const older = deferred<WaiverPage>();
    const api = mockDataProductsApi({
      listWaiverPage: ({ cursor }) =>
        cursor
          ? older.promise
          : Promise.resolve({ items: [newest], nextCursor: 'c1' }),
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider apis={[[dataProductsApiRef, api]]}>
        {children}
      </TestApiProvider>
    );
    const { result } = renderHook(
      () => useWaiverPages({ status: 'requested' }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.waivers).toEqual([newest]));

    let loading: Promise<void> | undefined;
    act(() => {
      loading = result.current.loadMore();
    });
    expect(result.current.loadingMore).toBe(true);
    // a decision reloads the queue while the older page is on its way
    act(() => result.current.retry());
    await waitFor(() => expect(api.listWaiverPage).toHaveBeenCalledTimes(3));
    await waitFor(() => expect(result.current.waivers).toEqual([newest]));
    await act(async () => {
      older.reject(new Error('older page failed'));
      await loading;
    });
    expect(result.current.moreError).toBeUndefined();
    expect(result.current.loadingMore).toBe(false);
    expect(result.current.hasMore).toBe(true);
    expect(result.current.waivers).toEqual([newest]);
  });
});
