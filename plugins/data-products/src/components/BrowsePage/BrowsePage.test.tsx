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

import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import {
  listItem,
  listResponse,
  mockDataProductsApi,
  sampleRules,
} from '../../__testUtils__/mockDataProductsApi';
import { facetsOf } from '../../__testUtils__/governance';
import { BrowsePage } from './BrowsePage';

function render(api: ReturnType<typeof mockDataProductsApi>, url = '/') {
  return renderInTestApp(
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      <BrowsePage />
    </TestApiProvider>,
    {
      routeEntries: [url],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

/** Counts with a level to pick and one to change to. */
const goldAndSilver = facetsOf({
  level: [
    { value: 'gold', count: 1 },
    { value: 'silver', count: 1 },
  ],
});

// The whole browse page (filters, BUI table, facets) renders again on each
// query a test makes: a few seconds a test on a loaded 2-core machine.
jest.setTimeout(20_000);

describe('BrowsePage', () => {
  it('lists products with what consumers judge them by, filtered as the URL says', async () => {
    const api = mockDataProductsApi({
      listProducts: async () =>
        listResponse([
          listItem(),
          listItem({
            entityRef: 'dataproduct:default/churn',
            title: 'Churn scores',
            level: 'gold',
            score: 97,
          }),
        ]),
      getFacets: async () => goldAndSilver,
      getRules: async () => sampleRules,
    });
    await render(api, '/?level=gold&level=silver&sort=score&order=desc');

    expect(await screen.findByText('Orders daily')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Churn scores' })).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/churn',
    );
    expect(screen.getByText('2 data products')).toBeInTheDocument();
    expect(screen.getAllByText('sales-data')[0]).toBeInTheDocument();
    expect(screen.getAllByText('orders, finance')).toHaveLength(2);
    expect(api.listProducts).toHaveBeenCalledWith({
      level: ['gold', 'silver'],
      sort: 'score',
      order: 'desc',
      limit: 25,
    });
    expect(api.getFacets).toHaveBeenCalledWith(
      expect.objectContaining({ level: ['gold', 'silver'] }),
    );
  });

  it('searches as the user types, once typing pauses, from the first page', async () => {
    const api = mockDataProductsApi({
      listProducts: async () => listResponse([listItem()]),
      getFacets: async () => facetsOf(),
      getRules: async () => sampleRules,
    });
    await render(api, '/?offset=50');
    await screen.findByText('Orders daily');

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search data products' }),
      'orders',
    );
    await waitFor(() =>
      expect(api.listProducts).toHaveBeenLastCalledWith({
        q: 'orders',
        limit: 25,
      }),
    );
    // one request for the page as opened, one for the finished word
    expect(api.listProducts).toHaveBeenCalledTimes(2);
  });

  it('keeps the view in the URL, and shows the answer to the latest query only', async () => {
    const answers: Record<
      string,
      (page: ReturnType<typeof listResponse>) => void
    > = {};
    const api = mockDataProductsApi({
      listProducts: query =>
        new Promise(resolve => {
          answers[query.sort ?? 'title'] = resolve;
        }),
      getFacets: async () => facetsOf(),
      getRules: async () => sampleRules,
    });
    await render(api);
    answers.title(listResponse([listItem()]));
    await screen.findByText('Orders daily');

    await userEvent.click(screen.getByRole('columnheader', { name: /Score/ }));
    await waitFor(() => expect(window.location.search).toBe('?sort=score'));
    await userEvent.click(screen.getByRole('columnheader', { name: /Owner/ }));
    await waitFor(() => expect(window.location.search).toBe('?sort=owner'));

    // the answer for the owner sort comes first; the late score one is dropped
    answers.owner(listResponse([listItem({ title: 'By owner' })]));
    expect(await screen.findByText('By owner')).toBeInTheDocument();
    answers.score(listResponse([listItem({ title: 'By score' })]));
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(screen.queryByText('By score')).not.toBeInTheDocument();
    expect(screen.getByText('By owner')).toBeInTheDocument();
  });

  it('asks the server for the next sort order when a column header is clicked, and keeps the counts', async () => {
    const api = mockDataProductsApi({
      listProducts: async () => listResponse([listItem()]),
      getFacets: async () => facetsOf(),
      getRules: async () => sampleRules,
    });
    await render(api);
    await screen.findByText('Orders daily');
    await waitFor(() => expect(api.getFacets).toHaveBeenCalledTimes(1));

    await userEvent.click(screen.getByRole('columnheader', { name: /Score/ }));
    await waitFor(() =>
      expect(api.listProducts).toHaveBeenLastCalledWith(
        expect.objectContaining({ sort: 'score' }),
      ),
    );
    // the same filters count the same: sorting does not ask for them again
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(api.getFacets).toHaveBeenCalledTimes(1);
  });

  it('shows the rows without waiting for the filter counts, which are asked for next', async () => {
    let answerPage: (page: ReturnType<typeof listResponse>) => void = () => {};
    const api = mockDataProductsApi({
      listProducts: () =>
        new Promise(resolve => {
          answerPage = resolve;
        }),
      getFacets: () => new Promise(() => {}), // the counts never come
      getRules: async () => sampleRules,
    });
    await render(api, '/?level=gold');
    await waitFor(() => expect(api.listProducts).toHaveBeenCalledTimes(1));
    // on one database connection the counts would hold the rows back
    expect(api.getFacets).not.toHaveBeenCalled();

    answerPage(listResponse([listItem()]));
    expect(await screen.findByText('Orders daily')).toBeInTheDocument();
    await waitFor(() =>
      expect(api.getFacets).toHaveBeenCalledWith({ level: ['gold'] }),
    );
  });

  it('says when the filter counts failed, keeps the rows, and loads the counts on Retry', async () => {
    const api = mockDataProductsApi({
      listProducts: async () => listResponse([listItem()]),
      getFacets: jest
        .fn()
        .mockRejectedValueOnce(new Error('facets unavailable'))
        .mockResolvedValue(facetsOf({ level: [{ value: 'gold', count: 1 }] })),
      getRules: async () => sampleRules,
    });
    await render(api);

    expect(
      await screen.findByText('Could not load the filter counts'),
    ).toBeInTheDocument();
    expect(screen.getByText('facets unavailable')).toBeInTheDocument();
    expect(screen.getByText('Orders daily')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(api.getFacets).toHaveBeenCalledTimes(2));
    await waitFor(() =>
      expect(
        screen.queryByText('Could not load the filter counts'),
      ).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Orders daily')).toBeInTheDocument();
  });

  it("drops a failed count's message once the filters it was for are gone", async () => {
    const api = mockDataProductsApi({
      listProducts: async () => listResponse([listItem()]),
      getFacets: jest
        .fn()
        .mockResolvedValueOnce(goldAndSilver)
        .mockRejectedValueOnce(new Error('facets unavailable'))
        .mockResolvedValue(goldAndSilver),
      getRules: async () => sampleRules,
    });
    await render(api);
    await screen.findByText('Orders daily');
    await waitFor(() => expect(api.getFacets).toHaveBeenCalledTimes(1));

    await userEvent.click(screen.getByRole('button', { name: 'Any Level' }));
    await userEvent.click(await screen.findByRole('option', { name: /Gold/ }));
    await userEvent.keyboard('{Escape}');
    expect(
      await screen.findByText('Could not load the filter counts'),
    ).toBeInTheDocument();

    // back to the filters whose counts are shown
    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    await waitFor(() =>
      expect(
        screen.queryByText('Could not load the filter counts'),
      ).not.toBeInTheDocument(),
    );
  });

  it('says when nothing matches, and offers a retry when the backend is down', async () => {
    let calls = 0;
    const api = mockDataProductsApi({
      listProducts: async () => {
        calls += 1;
        if (calls === 1) throw new Error('connect ECONNREFUSED');
        return listResponse([]);
      },
      getFacets: async () => facetsOf(),
      getRules: async () => sampleRules,
    });
    await render(api, '/?q=nothing');

    expect(
      await screen.findByText('Could not load data products'),
    ).toBeInTheDocument();
    expect(screen.getByText('connect ECONNREFUSED')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('No data product matches these filters.'),
    ).toBeInTheDocument();
  });
  it('says when a new query failed, above the rows from before it, and retries it', async () => {
    const churn = listItem({
      entityRef: 'dataproduct:default/churn',
      title: 'Churn scores',
      level: 'gold',
    });
    const api = mockDataProductsApi({
      listProducts: jest
        .fn()
        .mockResolvedValueOnce(listResponse([listItem()]))
        .mockRejectedValueOnce(new Error('connect ECONNREFUSED'))
        .mockResolvedValue(listResponse([churn])),
      getFacets: async () => goldAndSilver,
      getRules: async () => sampleRules,
    });
    await render(api);
    await screen.findByText('Orders daily');

    await userEvent.click(screen.getByRole('button', { name: 'Any Level' }));
    await userEvent.click(await screen.findByRole('option', { name: /Gold/ }));
    await userEvent.keyboard('{Escape}');

    expect(
      await screen.findByText('Could not load data products'),
    ).toBeInTheDocument();
    expect(screen.getByText('connect ECONNREFUSED')).toBeInTheDocument();
    // the old rows stay, but say they are not the answer to the new query
    expect(screen.getByText('Orders daily')).toBeInTheDocument();
    expect(
      screen.getByText('The rows below are from before this change.'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Churn scores')).toBeInTheDocument();
    expect(api.listProducts).toHaveBeenCalledTimes(3);
    expect(api.listProducts).toHaveBeenLastCalledWith(
      expect.objectContaining({ level: ['gold'] }),
    );
    expect(
      screen.queryByText('Could not load data products'),
    ).not.toBeInTheDocument();
    expect(screen.queryByText('Orders daily')).not.toBeInTheDocument();
  });
});
