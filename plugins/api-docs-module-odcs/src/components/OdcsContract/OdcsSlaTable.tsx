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
import { describeSlaValue } from './describeSlaValue';
import { humanizeKey } from './humanizeKey';
import type { OdcsSlaProperty } from '@meshwork/plugin-data-products-common';

/** The contract's service levels: latency, retention, frequency… */
export function OdcsSlaTable(props: { slaProperties: OdcsSlaProperty[] }) {
  const { slaProperties } = props;
  return (
    <ContractTable
      title="Service levels"
      empty="This contract declares no service levels (slaProperties)."
      columns={['Property', 'Value', 'Applies to', 'Driver', 'Description']}
    >
      {slaProperties.map((sla, index) => (
        <tr key={index}>
          <th scope="row" style={cellStyle} title={sla.property}>
            {humanizeKey(sla.property)}
          </th>
          <td style={cellStyle}>{describeSlaValue(sla)}</td>
          <td style={cellStyle}>
            {sla.element ? <code>{sla.element}</code> : '—'}
          </td>
          <td style={cellStyle}>{sla.driver ?? '—'}</td>
          <td style={cellStyle}>
            {sla.description ?? '—'}
            {sla.schedule && <div>Checked: {sla.schedule}</div>}
          </td>
        </tr>
      ))}
    </ContractTable>
  );
}
