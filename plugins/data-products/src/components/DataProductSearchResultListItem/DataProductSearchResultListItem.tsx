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
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import type { DataProductLevel } from '@meshwork/plugin-data-products-common';
import type { ReactNode } from 'react';
import { shortRef } from '../DataProductTable';
import {
  SafeLink,
  LEVEL_LABELS,
  LevelBadge,
} from '@meshwork/plugin-data-products-react';

/**
 * A data product's search document (type `data-product`), as the search
 * backend module indexes it. Read defensively: an index built by another
 * version may lack a field.
 * @public
 */
export interface DataProductSearchResult {
  title: string;
  text: string;
  location: string;
  domain?: string;
  owner?: string;
  level?: string;
  score?: number;
  tags?: string[];
}

/** Where the search engine marked the query's words. @public */
export interface DataProductSearchResultHighlight {
  preTag: string;
  postTag: string;
  fields: Record<string, string>;
}

/** @public */
export interface DataProductSearchResultListItemProps {
  result?: DataProductSearchResult;
  highlight?: DataProductSearchResultHighlight;
  rank?: number;
  icon?: ReactNode;
  /** Lines of text shown before it is cut; default 3. */
  lineClamp?: number;
}

function isLevel(level: unknown): level is DataProductLevel {
  return typeof level === 'string' && level in LEVEL_LABELS;
}

function Highlighted(props: {
  field: string;
  plain: string;
  highlight?: DataProductSearchResultHighlight;
}) {
  const { field, plain, highlight } = props;
  const text = highlight?.fields[field];
  if (!highlight || !text) return <>{plain}</>;
  return (
    <HighlightedSearchResultText
      text={text}
      preTag={highlight.preTag}
      postTag={highlight.postTag}
    />
  );
}

/**
 * A data product in the search results: its title, level and score, the
 * domain and owner that answer for it, its tags and text.
 * @public
 */
export function DataProductSearchResultListItem(
  props: DataProductSearchResultListItemProps,
) {
  const { result, highlight, icon, lineClamp = 3 } = props;
  if (!result) return null;
  const tags = Array.isArray(result.tags) ? result.tags : [];
  const facts = [
    result.domain ? `Domain: ${shortRef(result.domain)}` : undefined,
    result.owner ? `Owner: ${shortRef(result.owner)}` : undefined,
    tags.length > 0 ? `Tags: ${tags.join(', ')}` : undefined,
  ].filter(Boolean);
  return (
    <Flex gap="3" align="start" py="2">
      {icon}
      <Flex direction="column" gap="1">
        <Flex gap="2" align="center">
          <SafeLink href={result.location} variant="title-x-small" noTrack>
            <Highlighted
              field="title"
              plain={result.title}
              highlight={highlight}
            />
          </SafeLink>
          {isLevel(result.level) && (
            <LevelBadge
              level={result.level}
              score={
                typeof result.score === 'number' ? result.score : undefined
              }
            />
          )}
        </Flex>
        <Text
          as="p"
          color="secondary"
          style={{
            display: '-webkit-box',
            WebkitBoxOrient: 'vertical',
            WebkitLineClamp: lineClamp,
            overflow: 'hidden',
          }}
        >
          <Highlighted field="text" plain={result.text} highlight={highlight} />
        </Text>
        {facts.length > 0 && (
          <Text as="p" variant="body-small" color="secondary">
            {facts.join(' · ')}
          </Text>
        )}
      </Flex>
    </Flex>
  );
}
