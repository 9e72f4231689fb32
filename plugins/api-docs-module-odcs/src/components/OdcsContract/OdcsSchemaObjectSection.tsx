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

import { Flex, Text } from '@backstage/ui';
import { ContractTable, cellStyle } from './ContractTable';
import { isSensitiveClassification } from '@meshwork/plugin-data-products-common';
import { OdcsQualityRulesTable } from './OdcsQualityRulesTable';
import { PiiMarker, SensitivityMarkers } from './SensitivityMarkers';
import type {
  OdcsProperty,
  OdcsSchemaObject,
} from '@meshwork/plugin-data-products-common';

function keyFacts(column: OdcsProperty): string {
  const facts = [
    column.primaryKey &&
      `primary key${
        column.primaryKeyPosition ? ` (${column.primaryKeyPosition})` : ''
      }`,
    column.unique && 'unique',
    column.partitioned && 'partitioned',
  ].filter(Boolean);
  return facts.length ? facts.join(', ') : '—';
}

function ColumnRow(props: { column: OdcsProperty }) {
  const { column } = props;
  const secondary = [
    column.physicalName !== column.name && column.physicalName,
    column.businessName,
    column.criticalDataElement && 'critical data element',
  ].filter(Boolean);
  return (
    <tr>
      <th scope="row" style={cellStyle}>
        <code>{column.name}</code>
        {secondary.length > 0 && (
          <Text as="div" variant="body-small" color="secondary">
            {secondary.join(' · ')}
          </Text>
        )}
      </th>
      <td style={cellStyle}>{column.logicalType ?? '—'}</td>
      <td style={cellStyle}>{column.physicalType ?? '—'}</td>
      <td style={cellStyle}>{column.required ? 'yes' : 'no'}</td>
      <td style={cellStyle}>{keyFacts(column)}</td>
      <td style={cellStyle}>
        <SensitivityMarkers
          containsPii={column.containsPii}
          classification={column.classification}
        />
      </td>
      <td style={cellStyle}>
        {column.description ?? '—'}
        {column.tags.length > 0 && (
          <Text as="div" variant="body-small" color="secondary">
            tags: {column.tags.join(', ')}
          </Text>
        )}
      </td>
    </tr>
  );
}

/** "2 of 4 columns are restricted or confidential; 1 holds PII". */
function sensitivitySummary(object: OdcsSchemaObject): string | undefined {
  const total = object.properties.length;
  const sensitive = object.properties.filter(c =>
    isSensitiveClassification(c.classification),
  ).length;
  const pii = object.properties.filter(c => c.containsPii).length;
  const parts = [
    sensitive > 0 &&
      `${sensitive} of ${total} columns restricted or confidential`,
    pii > 0 && `${pii} of ${total} columns hold PII`,
  ].filter(Boolean);
  return parts.length ? `${parts.join('; ')}.` : undefined;
}

/** One table, topic or file of the contract: what it is, its columns, its checks. */
export function OdcsSchemaObjectSection(props: { object: OdcsSchemaObject }) {
  const { object } = props;
  const kind = [object.physicalType, object.physicalName].filter(Boolean);
  const summary = sensitivitySummary(object);
  return (
    <Flex direction="column" gap="2">
      <Flex align="center" gap="2">
        <Text as="h4" variant="title-x-small">
          {object.name}
        </Text>
        {object.containsPii && <PiiMarker />}
        {kind.length > 0 && (
          <Text variant="body-small" color="secondary">
            {kind.join(' ')}
            {object.businessName && ` · ${object.businessName}`}
          </Text>
        )}
      </Flex>
      {object.description && <Text as="p">{object.description}</Text>}
      {object.granularity && (
        <Text as="p" variant="body-small">
          Granularity: {object.granularity}
        </Text>
      )}
      {summary && (
        <Text as="p" variant="body-small" weight="bold">
          {summary}
        </Text>
      )}
      <ContractTable
        heading="h5"
        title="Columns"
        label={`Columns of ${object.name}`}
        empty="This object lists no columns."
        columns={[
          'Column',
          'Logical type',
          'Physical type',
          'Required',
          'Unique / key',
          'PII / classification',
          'Description',
        ]}
      >
        {object.properties.map((column, index) => (
          <ColumnRow key={index} column={column} />
        ))}
      </ContractTable>
      <OdcsQualityRulesTable object={object} />
    </Flex>
  );
}
