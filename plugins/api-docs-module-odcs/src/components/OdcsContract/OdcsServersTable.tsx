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

import { ContractTable, cellStyle } from './ContractTable';
import type { OdcsServer } from '@meshwork/plugin-data-products-common';

/** Where the data can be read: one row per server of the contract. */
export function OdcsServersTable(props: { servers: OdcsServer[] }) {
  const { servers } = props;
  return (
    <ContractTable
      title="Servers"
      empty="This contract names no server to read the data from."
      columns={['Server', 'Type', 'Environment', 'Location', 'Description']}
    >
      {servers.map((server, index) => (
        <tr key={index}>
          <th scope="row" style={cellStyle}>
            {server.server ?? '—'}
          </th>
          <td style={cellStyle}>{server.type ?? '—'}</td>
          <td style={cellStyle}>{server.environment ?? '—'}</td>
          <td style={cellStyle}>
            {server.location.length === 0
              ? '—'
              : server.location.map(([key, value]) => (
                  <div key={key}>
                    {key}: <code>{value}</code>
                  </div>
                ))}
          </td>
          <td style={cellStyle}>{server.description ?? '—'}</td>
        </tr>
      ))}
    </ContractTable>
  );
}
