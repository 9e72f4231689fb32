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

import { pass, fail } from './outcomes';
import { resolveRef } from './refs';
import type { ScorecardRule } from './types';

/** The built-in bronze rules; `policyPack.ts` puts them in order with the others. */
export const bronzeRules: ScorecardRule[] = [
  {
    id: 'has-owner',
    level: 'bronze',
    reads: ['catalog'],
    title: 'Has an owner',
    description:
      'Set spec.owner to a Group (or User) that exists in the catalog.',
    check: ctx => {
      const owner = resolveRef(ctx, ctx.entity.spec.owner, 'Group');
      return owner && ['Group', 'User'].includes(owner.kind)
        ? pass
        : fail(
            `spec.owner "${ctx.entity.spec.owner}" is not a Group or User in the catalog.`,
          );
    },
  },
  {
    id: 'has-domain',
    level: 'bronze',
    reads: ['catalog'],
    title: 'Belongs to a domain',
    description: 'Set spec.domain to a Domain that exists in the catalog.',
    check: ctx =>
      resolveRef(ctx, ctx.entity.spec.domain, 'Domain')?.kind === 'Domain'
        ? pass
        : fail(
            `spec.domain "${ctx.entity.spec.domain}" is not a Domain in the catalog.`,
          ),
  },
  {
    id: 'has-description',
    level: 'bronze',
    title: 'Says what it is and why',
    description:
      'Write metadata.description (at least 40 characters) and spec.purpose.',
    check: ctx => {
      const missing = [
        (ctx.entity.metadata.description ?? '').trim().length < 40 &&
          'metadata.description of at least 40 characters',
        !ctx.entity.spec.purpose?.trim() && 'spec.purpose',
      ].filter(Boolean);
      return missing.length ? fail(`Add ${missing.join(' and ')}.`) : pass;
    },
  },
  {
    id: 'has-support-channel',
    level: 'bronze',
    title: 'Consumers know where to ask',
    description: 'Add a spec.support entry with a url.',
    check: ctx =>
      (ctx.entity.spec.support ?? []).some(s => s.url)
        ? pass
        : fail('Add a spec.support entry with a url.'),
  },
  {
    id: 'has-output-port',
    level: 'bronze',
    title: 'Serves its data',
    description: 'An active product declares at least one output port.',
    appliesTo: { status: ['active'] },
    check: ctx =>
      ctx.entity.spec.outputPorts?.length
        ? pass
        : fail('Declare at least one spec.outputPorts entry.'),
  },
];
