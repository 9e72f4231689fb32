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

import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  dataProductsApiRef,
  type DataProductsApi,
} from '@meshwork/plugin-data-products-react';
import { mockDataProductsApi } from '../../__testUtils__/mockDataProductsApi';
import { DownloadOdpsButton } from './DownloadOdpsButton';

function render(api: DataProductsApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      <DownloadOdpsButton entityRef="dataproduct:default/orders-daily" />
    </TestApiProvider>,
  );
}

describe('DownloadOdpsButton', () => {
  const createObjectURL = jest.fn(() => 'blob:odps');
  const revokeObjectURL = jest.fn();
  const clicked: HTMLAnchorElement[] = [];
  let click: jest.SpyInstance;

  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    clicked.length = 0;
    click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        clicked.push(this);
      });
  });
  afterEach(() => click.mockRestore());

  it('saves the product as <name>.odps.yaml', async () => {
    const yaml = new Blob(['apiVersion: v1.1.0\n'], {
      type: 'application/yaml',
    });
    const api = mockDataProductsApi({ getOdpsYaml: async () => yaml });
    await render(api);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Download ODPS' }),
    );
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(api.getOdpsYaml).toHaveBeenCalledWith(
      'dataproduct:default/orders-daily',
    );
    expect(createObjectURL).toHaveBeenCalledWith(yaml);
    expect(clicked[0].download).toBe('orders-daily.odps.yaml');
    expect(clicked[0].href).toBe('blob:odps');
    expect(screen.queryByText(/Could not download/)).not.toBeInTheDocument();
  });

  it('says why when the backend refuses, and lets the user try again', async () => {
    const refusal = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotFoundError',
            message: 'No data product dataproduct:default/orders-daily',
          },
          request: { method: 'GET', url: '/odps' },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    const api = mockDataProductsApi({
      getOdpsYaml: jest
        .fn()
        .mockRejectedValueOnce(refusal)
        .mockResolvedValueOnce(new Blob(['kind: DataProduct\n'])),
    });
    await render(api);

    const button = await screen.findByRole('button', { name: 'Download ODPS' });
    await userEvent.click(button);
    expect(
      await screen.findByText('Could not download the ODPS document'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No data product dataproduct:default/orders-daily'),
    ).toBeInTheDocument();
    expect(click).not.toHaveBeenCalled();

    await userEvent.click(button);
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(screen.queryByText(/Could not download/)).not.toBeInTheDocument();
  });
});
