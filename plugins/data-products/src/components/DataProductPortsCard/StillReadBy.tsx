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

import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Skeleton, Text } from '@backstage/ui';
import {
  describePort,
  type OutputPort,
} from '@meshwork/plugin-data-products-common';
import type { PortReadersState } from '../../hooks/usePortReaders';
import { LoadError } from '../shared';
import { PLAIN_LIST } from './PortSection';

function ReaderList(props: { port: OutputPort; readers: PortReadersState }) {
  const { port, readers } = props;
  const { readersOf, error, retry } = readers;
  if (error) {
    return <LoadError error={error} what="who reads it" onRetry={retry} />;
  }
  const list = readersOf?.(port);
  if (!list) {
    return (
      <Skeleton
        role="progressbar"
        aria-label={`Loading who reads ${describePort(port)}`}
        width="100%"
        height={24}
      />
    );
  }
  if (list.length === 0) {
    return <Text as="p">No data product reads it any more.</Text>;
  }
  return (
    <ul aria-label={`Readers of ${describePort(port)}`} style={PLAIN_LIST}>
      {list.map(({ product, inputPort }) => {
        const ref = stringifyEntityRef(product);
        return (
          <li key={`${ref} ${inputPort.name}`}>
            <EntityRefLink entityRef={ref} />{' '}
            <Text variant="body-small" color="secondary">
              (input port {inputPort.name})
            </Text>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Who still reads a deprecated port version: the data products whose input
 * ports resolve to it, so its owner knows whom to move before removing it.
 * The catalog lists only the products the viewer may see.
 */
export function StillReadBy(props: {
  port: OutputPort;
  /** The version readers should move to, when there is one. */
  successor?: OutputPort;
  readers: PortReadersState;
}) {
  const { port, successor, readers } = props;
  return (
    <div>
      <Text as="p" color="warning">
        Deprecated
        {successor ? `: readers should move to ${describePort(successor)}` : ''}
        .
      </Text>
      <Text as="div" weight="bold">
        Still read by
      </Text>
      <ReaderList port={port} readers={readers} />
      <Text as="p" variant="body-small" color="secondary">
        Only the data products you may see in the catalog are listed.
      </Text>
    </div>
  );
}
