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

import { Alert, Text } from '@backstage/ui';
import type { OdcsParseError } from '@meshwork/plugin-data-products-common';

/**
 * Why a contract can't be shown, where in the definition, and the line
 * itself, so the owner can fix it without opening a YAML linter.
 */
export function OdcsParseErrorPanel(props: { error: OdcsParseError }) {
  const { error } = props;
  const where =
    error.line === undefined
      ? undefined
      : `Line ${error.line}, column ${error.column ?? 1} of the definition:`;
  return (
    <Alert
      status="danger"
      icon
      title="This ODCS contract cannot be shown"
      description={
        <>
          <Text as="p">{error.message}</Text>
          {where && <Text as="p">{where}</Text>}
          {error.excerpt && (
            <pre style={{ margin: 0, overflowX: 'auto' }}>
              <code>{error.excerpt}</code>
            </pre>
          )}
        </>
      }
    />
  );
}
