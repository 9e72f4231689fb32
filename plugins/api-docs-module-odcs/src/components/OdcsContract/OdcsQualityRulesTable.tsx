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

import { Text } from '@backstage/ui';
import { ContractTable, cellStyle } from './ContractTable';
import { describeQualityRule } from './describeQualityRule';
import type {
  OdcsQualityRule,
  OdcsSchemaObject,
} from '@meshwork/plugin-data-products-common';

function QualityRuleRow(props: { appliesTo: string; rule: OdcsQualityRule }) {
  const { appliesTo, rule } = props;
  const { check, explanation, code } = describeQualityRule(rule);
  const schedule = [rule.scheduler, rule.schedule].filter(Boolean).join(' ');
  return (
    <tr>
      <td style={cellStyle}>{appliesTo}</td>
      <td style={cellStyle}>
        <div>{check}</div>
        {explanation && explanation !== check && (
          <Text as="div" variant="body-small" color="secondary">
            {explanation}
          </Text>
        )}
        {code && (
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            <code>{code}</code>
          </pre>
        )}
      </td>
      <td style={cellStyle}>{rule.dimension ?? '—'}</td>
      <td style={cellStyle}>{rule.severity ?? '—'}</td>
      <td style={cellStyle}>{schedule || '—'}</td>
    </tr>
  );
}

/**
 * An object's quality rules in one table: those on the whole object first,
 * then those on each column, so a reader sees every check on the data.
 */
export function OdcsQualityRulesTable(props: { object: OdcsSchemaObject }) {
  const { object } = props;
  const rows = [
    ...object.quality.map(rule => ({
      appliesTo: `${object.name} (all rows)`,
      rule,
    })),
    ...object.properties.flatMap(column =>
      column.quality.map(rule => ({ appliesTo: column.name, rule })),
    ),
  ];
  return (
    <ContractTable
      heading="h5"
      title="Quality rules"
      label={`Quality rules of ${object.name}`}
      columns={['Applies to', 'Rule', 'Dimension', 'Severity', 'Schedule']}
    >
      {rows.map(({ appliesTo, rule }, index) => (
        <QualityRuleRow key={index} appliesTo={appliesTo} rule={rule} />
      ))}
    </ContractTable>
  );
}
