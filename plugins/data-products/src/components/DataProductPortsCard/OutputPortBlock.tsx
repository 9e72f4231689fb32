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

import { useId } from 'react';
import { Flex, Text } from '@backstage/ui';
import {
  findOutputPort,
  type OutputPort,
  portKey,
} from '@meshwork/plugin-data-products-common';
import type { PortReadersState } from '../../hooks/usePortReaders';
import { OutputPortVersion } from './OutputPortVersion';
import { PLAIN_LIST } from './PortSection';

/**
 * One output port name and its versions, newest first: ODPS keeps an old
 * major version of a port beside the new one while its readers move.
 */
export function OutputPortBlock(props: {
  name: string;
  /** The port's versions, oldest first, as `outputPortVersions` gives them. */
  versions: OutputPort[];
  readers: PortReadersState;
}) {
  const { name, versions, readers } = props;
  const headingId = useId();
  // where a reader without a version lands, and so where the others should go
  const current = findOutputPort(versions, name);
  const successor = current?.deprecated ? undefined : current;
  return (
    <li>
      <section aria-labelledby={headingId}>
        <Flex align="baseline" gap="2">
          <Text as="h4" id={headingId} variant="title-x-small">
            {name}
          </Text>
          {versions.length > 1 && (
            <Text variant="body-small" color="secondary">
              {versions.length} versions, newest first
            </Text>
          )}
        </Flex>
        <ul aria-label={`Versions of ${name}`} style={PLAIN_LIST}>
          {[...versions].reverse().map((port, index) => (
            <OutputPortVersion
              // the schema refuses two ports with one key; the index keeps a stored one apart
              key={`${portKey(port)} ${index}`}
              port={port}
              successor={successor === port ? undefined : successor}
              readers={readers}
            />
          ))}
        </ul>
      </section>
    </li>
  );
}
