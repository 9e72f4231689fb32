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

import { useState } from 'react';
import { Button, Flex, Skeleton, Text } from '@backstage/ui';
import {
  describeFactRun,
  type DataProductFact,
} from '@meshwork/plugin-data-products-common';
import { SafeLink, useFacts } from '@meshwork/plugin-data-products-react';
import { formatRunTime, LoadError } from '../shared';
import { factFigure, sortFacts } from './factFigures';

/** Enough to recognise the usual suspects; the rest on request. */
const FAILED_SHOWN = 5;

function FailedChecks(props: { names: string[] }) {
  const { names } = props;
  const [expanded, setExpanded] = useState(false);
  if (names.length === 0) return null;
  const shown = expanded ? names : names.slice(0, FAILED_SHOWN);
  const hidden = names.length - shown.length;
  return (
    <Flex align="center" gap="2" style={{ flexWrap: 'wrap' }}>
      <Text variant="body-small">Failed:</Text>
      <ul
        aria-label="Failed checks"
        style={{ display: 'contents', listStyle: 'none' }}
      >
        {shown.map((name, i) => (
          <li key={`${i}-${name}`} style={{ display: 'inline' }}>
            <code>{name}</code>
          </li>
        ))}
      </ul>
      {names.length > FAILED_SHOWN && (
        <Button
          size="small"
          variant="tertiary"
          onPress={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer' : `Show ${hidden} more`}
        </Button>
      )}
    </Flex>
  );
}

function sourcePhrase(fact: DataProductFact): string {
  const time = formatRunTime(fact.observedAt);
  if (!fact.source) return `reported to POST /facts, ${time}`;
  return `from ${describeFactRun(fact.source)}, ${time}`;
}

function FactItem(props: { fact: DataProductFact }) {
  const { fact } = props;
  const { port, figure, failed } = factFigure(fact);
  const { runId, link } = fact.source ?? {};
  return (
    <li
      style={{ padding: '8px 0', borderTop: '1px solid var(--bui-border-1)' }}
    >
      <Flex direction="column" gap="1">
        <Text variant="body-small" color="secondary">
          {port ? `Output port ${port}` : 'The product'}
        </Text>
        <Text as="p">
          {figure} {sourcePhrase(fact)}
        </Text>
        {(runId || link) && (
          <Text as="p" variant="body-small">
            <SafeLink href={link}>
              {runId ? `Run ${runId}` : 'The run'}
            </SafeLink>
          </Text>
        )}
        <FailedChecks names={failed} />
      </Flex>
    </li>
  );
}

/**
 * The facts the rules read, each with the tool run it came from: why a
 * quality or freshness rule says what it says, and where to look.
 */
export function FactSources(props: { entityRef: string }) {
  const { facts, error, retry } = useFacts(props.entityRef);
  if (error) {
    return (
      <LoadError
        error={error}
        what="where the figures come from"
        onRetry={retry}
      />
    );
  }
  if (!facts) {
    return (
      <Skeleton
        role="progressbar"
        aria-label="Loading the facts"
        width="100%"
        height={60}
      />
    );
  }
  if (facts.length === 0) {
    return (
      <Text as="p">
        No facts reported yet. Quality and freshness come from the runs of dbt,
        Great Expectations, datacontract-cli and OpenLineage (meshwork facts
        push, or the tool's fact source), or from POST /facts.
      </Text>
    );
  }
  return (
    <ul
      aria-label="Facts and their sources"
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {sortFacts(facts).map(fact => (
        <FactItem key={`${fact.port ?? ''}\u0000${fact.name}`} fact={fact} />
      ))}
    </ul>
  );
}
