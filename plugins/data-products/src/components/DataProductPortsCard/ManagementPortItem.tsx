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
import type { ManagementPort } from '@meshwork/plugin-data-products-common';
import { SafeLink } from '@meshwork/plugin-data-products-react';
import { PORT_ITEM } from './PortSection';

/**
 * A management port: where the product's owners expose its observability,
 * controls, dictionary or discovery, linked when its address may be opened.
 */
export function ManagementPortItem(props: { port: ManagementPort }) {
  const { port } = props;
  return (
    <li style={PORT_ITEM} aria-label={port.name}>
      <Flex align="baseline" gap="2" style={{ flexWrap: 'wrap' }}>
        <Text weight="bold">
          <SafeLink href={port.url}>{port.name}</SafeLink>
        </Text>
        <Text color="secondary">
          {[port.content, port.type].filter(Boolean).join(', ')}
        </Text>
      </Flex>
    </li>
  );
}
