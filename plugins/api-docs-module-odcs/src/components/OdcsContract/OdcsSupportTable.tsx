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

import { SafeLink } from '@meshwork/plugin-data-products-react';
import { ContractTable, cellStyle } from './ContractTable';
import type { OdcsSupportChannel } from '@meshwork/plugin-data-products-common';

/** Where to ask: Slack channels, mailing lists, ticket queues. */
export function OdcsSupportTable(props: { support: OdcsSupportChannel[] }) {
  const { support } = props;
  return (
    <ContractTable
      title="Support"
      empty="This contract names no support channel."
      columns={['Channel', 'Tool', 'For', 'Description']}
    >
      {support.map((channel, index) => (
        <tr key={index}>
          <th scope="row" style={cellStyle}>
            <SafeLink href={channel.url}>{channel.channel}</SafeLink>
            {channel.invitationUrl && (
              <div>
                <SafeLink href={channel.invitationUrl} fallback={null}>
                  Join
                </SafeLink>
              </div>
            )}
          </th>
          <td style={cellStyle}>{channel.tool ?? '—'}</td>
          <td style={cellStyle}>{channel.scope ?? '—'}</td>
          <td style={cellStyle}>{channel.description ?? '—'}</td>
        </tr>
      ))}
    </ContractTable>
  );
}
