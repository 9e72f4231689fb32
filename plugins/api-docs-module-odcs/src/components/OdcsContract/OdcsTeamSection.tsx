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

import { Flex } from '@backstage/ui';
import { ContractTable, cellStyle } from './ContractTable';
import type { OdcsRole, OdcsTeam } from '@meshwork/plugin-data-products-common';

function period(from?: string, until?: string): string {
  if (from && until) return `${from} to ${until}`;
  if (from) return `since ${from}`;
  return until ? `until ${until}` : '—';
}

/** Who stands behind the contract and which roles grant access; only what it declares. */
export function OdcsTeamSection(props: { team?: OdcsTeam; roles: OdcsRole[] }) {
  const { team, roles } = props;
  if (!team && roles.length === 0) return null;
  return (
    <Flex direction="column" gap="2">
      {team && (
        <ContractTable
          title={team.name ? `Team: ${team.name}` : 'Team'}
          label="Team"
          intro={team.description}
          empty="The team lists no members."
          columns={['Member', 'Role', 'Period', 'Notes']}
        >
          {team.members.map((member, index) => (
            <tr key={index}>
              <th scope="row" style={cellStyle}>
                {member.name
                  ? `${member.name} (${member.username})`
                  : member.username}
              </th>
              <td style={cellStyle}>{member.role ?? '—'}</td>
              <td style={cellStyle}>{period(member.dateIn, member.dateOut)}</td>
              <td style={cellStyle}>
                {[
                  member.description,
                  member.replacedByUsername &&
                    `replaced by ${member.replacedByUsername}`,
                ]
                  .filter(Boolean)
                  .join('; ') || '—'}
              </td>
            </tr>
          ))}
        </ContractTable>
      )}
      <ContractTable
        title="Access roles"
        columns={['Role', 'Access', 'Approved by', 'Description']}
      >
        {roles.map((role, index) => (
          <tr key={index}>
            <th scope="row" style={cellStyle}>
              <code>{role.role}</code>
            </th>
            <td style={cellStyle}>{role.access ?? '—'}</td>
            <td style={cellStyle}>
              {[role.firstLevelApprovers, role.secondLevelApprovers]
                .filter(Boolean)
                .join(', then ') || '—'}
            </td>
            <td style={cellStyle}>{role.description ?? '—'}</td>
          </tr>
        ))}
      </ContractTable>
    </Flex>
  );
}
