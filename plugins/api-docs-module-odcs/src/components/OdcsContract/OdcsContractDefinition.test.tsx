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

import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import {
  exampleContractDefinition,
  fullExampleOdcs,
} from './__fixtures__/odcsFixtures';
import { OdcsContractDefinition } from './OdcsContractDefinition';

describe('OdcsContractDefinition', () => {
  it('renders the official full ODCS example as a reader sees it', async () => {
    await renderInTestApp(
      <OdcsContractDefinition definition={fullExampleOdcs} />,
    );

    expect(
      screen.getByRole('heading', { name: 'my quantum' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Views built on top of the seller tables.'),
    ).toBeInTheDocument();
    expect(screen.getByText('9.95 USD per megabyte')).toBeInTheDocument();
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();

    const tbl = within(screen.getByRole('table', { name: 'Columns of tbl' }));
    expect(tbl.getAllByRole('columnheader').map(h => h.textContent)).toEqual([
      'Column',
      'Logical type',
      'Physical type',
      'Required',
      'Unique / key',
      'PII / classification',
      'Description',
    ]);
    const rcvrId = within(
      tbl.getByRole('rowheader', { name: /^rcvr_id/ }).closest('tr')!,
    );
    expect(rcvrId.getByText('varchar(18)')).toBeInTheDocument();
    expect(rcvrId.getByText('primary key (1)')).toBeInTheDocument();
    // restricted stands out (outlined, with an explanation), public does not
    expect(
      rcvrId.getByTitle('Classified restricted: access is controlled'),
    ).toHaveTextContent('restricted');
    expect(
      screen.getByText('1 of 3 columns restricted or confidential.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('2 of 4 columns restricted or confidential.'),
    ).toBeInTheDocument();
    // ODCS 3.1 has no pii field and this example tags nothing pii: no marker is invented
    expect(
      screen.queryByText('PII', { selector: 'span' }),
    ).not.toBeInTheDocument();

    const quality = within(
      screen.getByRole('table', { name: 'Quality rules of tbl' }),
    );
    expect(
      quality.getByText('Row count must be greater than 1000000'),
    ).toBeInTheDocument();
    expect(quality.getByText('Null values must be 0')).toBeInTheDocument();
    expect(quality.getByText('rcvr_cntry_code')).toBeInTheDocument();
    expect(quality.getAllByText('cron 0 20 * * *')).toHaveLength(2);

    const sla = within(screen.getByRole('table', { name: 'Service levels' }));
    const latency = sla.getByRole('rowheader', { name: 'Latency' });
    expect(
      within(latency.closest('tr')!).getByText('4 days'),
    ).toBeInTheDocument();
    expect(
      sla.getAllByRole('rowheader', { name: 'Time of availability' }),
    ).toHaveLength(2);

    const servers = within(screen.getByRole('table', { name: 'Servers' }));
    expect(
      servers.getByRole('rowheader', { name: 'my-postgres' }),
    ).toBeInTheDocument();
    expect(servers.getByText('pypl-edw')).toBeInTheDocument();

    const support = within(screen.getByRole('table', { name: 'Support' }));
    expect(
      support.getByRole('rowheader', { name: '#product-help' }),
    ).toBeInTheDocument();
    expect(
      support.getByRole('link', { name: 'datacontract-ann' }),
    ).toHaveAttribute('href', 'mailto:datacontract-ann@bitol.io');

    const team = within(screen.getByRole('table', { name: 'Team' }));
    expect(team.getByText('2022-08-02 to 2022-10-01')).toBeInTheDocument();
    expect(team.getByText('replaced by mhopper')).toBeInTheDocument();
    const roles = within(screen.getByRole('table', { name: 'Access roles' }));
    expect(
      roles.getByText('Reporting Manager, then mandolorian'),
    ).toBeInTheDocument();
  });

  it('marks PII and restricted columns of an example contract', async () => {
    await renderInTestApp(
      <OdcsContractDefinition
        definition={exampleContractDefinition('customers-master')}
      />,
    );
    expect(
      screen.getByRole('heading', { name: /Customer master/ }),
    ).toBeInTheDocument();
    const heading = screen.getByRole('heading', { name: 'customers' });
    expect(within(heading.parentElement!).getByText('PII')).toBeInTheDocument();
    const columns = within(
      screen.getByRole('table', { name: 'Columns of customers' }),
    );
    const email = within(
      columns.getByRole('rowheader', { name: /^email/ }).closest('tr')!,
    );
    expect(email.getByText('restricted')).toBeInTheDocument();
    expect(
      within(
        screen.getByRole('table', { name: 'Quality rules of customers' }),
      ).getByText('Duplicate values of email must be at most 0.1%'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: '#customer-data' }),
    ).toBeInTheDocument();
  });

  it('shows why a broken contract cannot be shown, with line and column', async () => {
    await renderInTestApp(
      <OdcsContractDefinition
        definition={
          'apiVersion: v3.1.0\nkind: DataContract\nschema:\n  - name: orders\n     bad: 1\n'
        }
      />,
    );
    expect(
      screen.getByText('This ODCS contract cannot be shown'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/not valid YAML or JSON: Nested mappings/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Line 4, column 11 of the definition:'),
    ).toBeInTheDocument();
    expect(screen.getByText(/- name: orders/)).toBeInTheDocument();
  });

  it('says a definition of another kind is not an ODCS contract', async () => {
    await renderInTestApp(
      <OdcsContractDefinition
        definition={'openapi: 3.0.0\ninfo: { title: x }\n'}
      />,
    );
    expect(
      screen.getByText(
        /not an ODCS data contract: kind: expected DataContract, got missing/,
      ),
    ).toBeInTheDocument();
  });
});
