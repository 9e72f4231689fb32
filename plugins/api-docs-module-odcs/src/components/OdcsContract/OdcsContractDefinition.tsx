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

import { useMemo } from 'react';
import { OdcsContractView } from './OdcsContractView';
import { OdcsParseErrorPanel } from './OdcsParseErrorPanel';
import { parseOdcsContract } from '@meshwork/plugin-data-products-common';

/** Props of {@link OdcsContractDefinition}. @public */
export interface OdcsContractDefinitionProps {
  /** An API entity's `spec.definition`: an ODCS v3 contract in YAML or JSON. */
  definition: string;
}

/**
 * Renders an ODCS v3 data contract as people read it: what it is for, its
 * schema with types, keys, PII and classification per column, its quality
 * rules, service levels, servers, support, team and access roles. A
 * definition that isn't an ODCS contract shows why, with line and column.
 *
 * @public
 */
export function OdcsContractDefinition(props: OdcsContractDefinitionProps) {
  const { definition } = props;
  const result = useMemo(() => parseOdcsContract(definition), [definition]);
  if (!result.ok) return <OdcsParseErrorPanel error={result.error} />;
  return (
    <OdcsContractView contract={result.contract} warnings={result.warnings} />
  );
}
