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

import { useId, type ReactNode } from 'react';
import { Card, CardBody, CardHeader, Flex, Text } from '@backstage/ui';

/** One section of the governance review: a titled card, a landmark for screen readers. */
export function GovernanceSection(props: {
  title: string;
  description?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { title, description, actions, children } = props;
  const headingId = useId();
  return (
    <Card role="region" aria-labelledby={headingId}>
      <CardHeader>
        <Flex justify="between" align="center" gap="3">
          <Flex direction="column" gap="1">
            <Text as="h2" id={headingId} variant="title-small" weight="bold">
              {title}
            </Text>
            {description && (
              <Text as="p" variant="body-small" color="secondary">
                {description}
              </Text>
            )}
          </Flex>
          {actions}
        </Flex>
      </CardHeader>
      <CardBody>{children}</CardBody>
    </Card>
  );
}
