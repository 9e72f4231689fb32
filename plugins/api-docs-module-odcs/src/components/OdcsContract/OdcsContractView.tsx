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

import { Alert, Flex, Text } from '@backstage/ui';
import { OdcsContractHeader } from './OdcsContractHeader';
import { OdcsSchemaObjectSection } from './OdcsSchemaObjectSection';
import { OdcsServersTable } from './OdcsServersTable';
import { OdcsSlaTable } from './OdcsSlaTable';
import { OdcsSupportTable } from './OdcsSupportTable';
import { OdcsTeamSection } from './OdcsTeamSection';
import type { OdcsContract } from '@meshwork/plugin-data-products-common';

/** The parts of the contract the reader skipped, each with its field path. */
function SkippedFields(props: { warnings: string[] }) {
  const { warnings } = props;
  if (warnings.length === 0) return null;
  return (
    <Alert
      status="warning"
      icon
      title={`Some of this contract could not be read (${warnings.length})`}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {warnings.map(warning => (
            <li key={warning}>
              <code>{warning}</code>
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** A parsed ODCS contract, in the order a consumer reads one. */
export function OdcsContractView(props: {
  contract: OdcsContract;
  warnings?: string[];
}) {
  const { contract, warnings = [] } = props;
  return (
    <Flex direction="column" gap="5">
      <OdcsContractHeader contract={contract} />
      <SkippedFields warnings={warnings} />
      <section>
        <Text as="h3" variant="title-small">
          Schema
        </Text>
        {contract.schema.length === 0 ? (
          <Text as="p">This contract describes no schema.</Text>
        ) : (
          <Flex direction="column" gap="5">
            {contract.schema.map((object, index) => (
              <OdcsSchemaObjectSection key={index} object={object} />
            ))}
          </Flex>
        )}
      </section>
      <OdcsSlaTable slaProperties={contract.slaProperties} />
      <OdcsServersTable servers={contract.servers} />
      <OdcsSupportTable support={contract.support} />
      <OdcsTeamSection team={contract.team} roles={contract.roles} />
    </Flex>
  );
}
