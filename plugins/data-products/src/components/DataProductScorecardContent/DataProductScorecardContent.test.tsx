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

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ordersDaily } from '../../__fixtures__/dataProducts';
import {
  entityRef,
  history,
  renderScorecardTab,
  scorecard,
  scorecardApi,
} from './__testUtils__/renderScorecardTab';
import { backendRefusal } from '../../__testUtils__/backendRefusal';

describe('DataProductScorecardContent', () => {
  it('shows level, score, every rule by level with how to pass, waivers and history', async () => {
    const api = scorecardApi();
    await renderScorecardTab(api);

    expect(await screen.findByText('Score 60 of 100')).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith(entityRef);
    expect(screen.getByTitle('Bronze')).toBeInTheDocument();
    expect(screen.getByText(/^Evaluated/)).toBeInTheDocument();

    const silver = await screen.findByRole('list', { name: 'Silver rules' });
    const [first, second] = within(silver).getAllByRole('listitem');
    expect(first).toHaveTextContent('Output ports declare an SLA');
    expect(first).toHaveTextContent('Fail');
    expect(first).toHaveTextContent(
      'Output port orders-v2 declares no sla.freshness.',
    );
    expect(first).toHaveTextContent(
      'To pass: Give every output port sla.freshness, e.g. PT24H.',
    );
    expect(second).toHaveTextContent('Is versioned');
    expect(
      screen.getByText('1 of 2 applicable rules pass'),
    ).toBeInTheDocument();

    const gold = screen.getByRole('list', { name: 'Gold rules' });
    expect(gold).toHaveTextContent('Exempt');
    expect(gold).toHaveTextContent(/Waived until/);
    expect(
      within(gold).queryByRole('button', { name: /Request waiver/ }),
    ).not.toBeInTheDocument();
    expect(
      await screen.findByRole('button', {
        name: 'Request waiver for Output ports declare an SLA',
      }),
    ).toBeInTheDocument();

    const waivers = await screen.findByRole('table', { name: 'Waivers' });
    expect(waivers).toHaveTextContent('Has documentation');
    expect(waivers).toHaveTextContent('Approved');
    expect(waivers).toHaveTextContent(
      'Docs move to the new portal next quarter.',
    );
    expect(
      within(waivers).getByRole('link', { name: /gov-lead/ }),
    ).toBeInTheDocument();
    expect(api.listWaivers).toHaveBeenCalledWith({ entityRef });

    expect(
      await screen.findByRole('img', {
        name: /score 40 \(No level\) to 60 \(Bronze\); lowest 40, highest 60/,
      }),
    ).toBeInTheDocument();
  });

  it('says a product not evaluated yet will be, and evaluates it now on request', async () => {
    const api = scorecardApi({
      getScorecard: async () => undefined,
      getHistory: async () => [],
      listWaivers: async () => [],
      evaluate: async () => scorecard,
    });
    await renderScorecardTab(api);

    expect(
      await screen.findByText(/has not been evaluated yet/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Evaluate now' }));

    expect(await screen.findByText('Score 60 of 100')).toBeInTheDocument();
    expect(api.evaluate).toHaveBeenCalledWith(entityRef);
    expect(
      await screen.findByText(/No waivers have been requested/),
    ).toBeInTheDocument();
    expect(screen.getByText(/No history yet/)).toBeInTheDocument();
  });

  it('re-evaluates on request, showing why it failed and then the new result', async () => {
    const api = scorecardApi({
      evaluate: jest
        .fn()
        .mockRejectedValueOnce(
          await backendRefusal('Catalog unavailable', {
            status: 503,
            statusText: 'Service Unavailable',
            name: 'ServiceUnavailableError',
          }),
        )
        .mockResolvedValueOnce({
          ...scorecard,
          level: 'silver',
          score: 80,
          evaluatedAt: '2026-11-21T09:00:00.000Z',
        }),
    });
    await renderScorecardTab(api);
    const evaluate = await screen.findByRole('button', {
      name: 'Evaluate now',
    });

    await userEvent.click(evaluate);
    expect(
      await screen.findByText('The evaluation failed'),
    ).toBeInTheDocument();
    expect(screen.getByText('Catalog unavailable')).toBeInTheDocument();
    expect(screen.getByText('Score 60 of 100')).toBeInTheDocument();

    await userEvent.click(evaluate);
    expect(await screen.findByText('Score 80 of 100')).toBeInTheDocument();
    expect(screen.getByTitle('Silver')).toBeInTheDocument();
    expect(screen.queryByText('The evaluation failed')).not.toBeInTheDocument();
    // each evaluation may have added a history point
    expect(api.getHistory).toHaveBeenCalledTimes(3);
  });

  it('shows why the scorecard could not load, and retries', async () => {
    const api = scorecardApi({
      getScorecard: jest
        .fn()
        .mockRejectedValueOnce(new Error('Service unavailable'))
        .mockResolvedValueOnce(scorecard),
      listWaivers: jest
        .fn()
        .mockRejectedValueOnce(new Error('Waivers are down'))
        .mockResolvedValue([]),
    });
    await renderScorecardTab(api);

    expect(
      await screen.findByText('Could not load the scorecard'),
    ).toBeInTheDocument();
    expect(screen.getByText('Service unavailable')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Score 60 of 100')).toBeInTheDocument();
    expect(
      await screen.findByText('Could not load waivers'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText(/No waivers have been requested/),
    ).toBeInTheDocument();
  });

  it('offers no waiver request and no evaluation to those the policy does not allow', async () => {
    // usePermission caches decisions per request for the whole test run, so
    // the denial is for another product than the other tests' allowances
    const authorize = jest.fn((): AuthorizeResult.DENY => AuthorizeResult.DENY);
    await renderScorecardTab(scorecardApi(), {
      entity: { ...ordersDaily, metadata: { name: 'basket-analysis' } },
      authorize,
    });

    expect(
      await screen.findByRole('list', { name: 'Silver rules' }),
    ).toHaveTextContent('Output ports declare an SLA');
    expect(
      await screen.findByRole('table', { name: 'Waivers' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Request waiver/ }),
    ).not.toBeInTheDocument();
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: expect.objectContaining({
          name: 'data-products.waiver.request',
        }),
        resourceRef: 'dataproduct:default/basket-analysis',
      }),
    );
    expect(
      screen.queryByRole('button', { name: 'Evaluate now' }),
    ).not.toBeInTheDocument();
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: expect.objectContaining({
          name: 'data-products.scorecard.evaluate',
        }),
        resourceRef: 'dataproduct:default/basket-analysis',
      }),
    );
  });
  it('shows the history as loading until it comes, not as empty', async () => {
    let answerHistory: (points: typeof history) => void = () => {};
    const api = scorecardApi({
      getHistory: () =>
        new Promise(resolve => {
          answerHistory = resolve;
        }),
    });
    await renderScorecardTab(api);
    await screen.findByText('Score 60 of 100');

    expect(
      screen.getByRole('progressbar', { name: 'Loading history' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No history yet/)).not.toBeInTheDocument();

    answerHistory(history);
    expect(
      await screen.findByRole('img', { name: /score 40 \(No level\) to 60/ }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('progressbar', { name: 'Loading history' }),
    ).not.toBeInTheDocument();
  });

  it('says why the history could not load, and retries', async () => {
    const api = scorecardApi({
      getHistory: jest
        .fn()
        .mockRejectedValueOnce(new Error('History is down'))
        .mockResolvedValue(history),
    });
    await renderScorecardTab(api);

    expect(
      await screen.findByText('Could not load the history'),
    ).toBeInTheDocument();
    expect(screen.getByText('History is down')).toBeInTheDocument();
    expect(screen.queryByText(/No history yet/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('img', { name: /score 40 \(No level\) to 60/ }),
    ).toBeInTheDocument();
  });

  it("shows nothing of the last product's scorecard on the next product's tab", async () => {
    const refunds = {
      ...ordersDaily,
      metadata: { name: 'refunds', title: 'Refunds' },
    };
    const api = scorecardApi({
      getScorecard: async ref =>
        ref === entityRef ? scorecard : new Promise(() => {}),
      evaluate: async () => {
        throw new Error('Catalog unavailable');
      },
    });
    const { showEntity } = await renderScorecardTab(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Evaluate now' }),
    );
    expect(
      await screen.findByText('The evaluation failed'),
    ).toBeInTheDocument();

    showEntity(refunds);

    expect(api.getScorecard).toHaveBeenLastCalledWith(
      'dataproduct:default/refunds',
    );
    expect(screen.queryByText('Score 60 of 100')).not.toBeInTheDocument();
    expect(screen.queryByText('The evaluation failed')).not.toBeInTheDocument();
    expect(screen.queryByText('Catalog unavailable')).not.toBeInTheDocument();
  });
});
