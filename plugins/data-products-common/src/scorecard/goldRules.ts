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

import { pass, fail, notApplicable, everyOutputPort, ageOf } from './outcomes';
import { durationToMillis } from './duration';
import { inputsObservedRule } from './observedInputs';
import { describeSource, productQuality } from './qualityFacts';
import type { ScorecardRule } from './types';

/** The built-in gold rules; `policyPack.ts` puts them in order with the others. */
export const goldRules: ScorecardRule[] = [
  {
    id: 'sla-declared',
    level: 'gold',
    title: 'Service levels are declared',
    description:
      'Declare sla.freshness and sla.availability on every output port.',
    check: ctx =>
      everyOutputPort(
        ctx,
        p => !p.sla?.freshness || p.sla.availability === undefined,
        'declare sla.freshness and sla.availability',
      ),
  },
  {
    id: 'fresh-within-sla',
    level: 'gold',
    reads: ['facts'],
    title: 'Data is as fresh as promised',
    description:
      'The freshness pipelines report for each output port is within its sla.freshness.',
    check: ctx => {
      const ports = (ctx.entity.spec.outputPorts ?? []).filter(
        p => p.sla?.freshness,
      );
      if (ports.length === 0)
        return notApplicable('No output port declares sla.freshness.');
      const unreported = ports
        .filter(p => !ctx.latestFact('freshness', p.name))
        .map(p => p.name);
      if (unreported.length) {
        return {
          state: 'no-data',
          message: `No freshness reported for ports ${unreported.join(
            ', ',
          )}; have the pipeline POST a freshness fact.`,
        };
      }
      const stale = ports.filter(p => {
        const age = ageOf(ctx.latestFact('freshness', p.name)!.value, ctx.now);
        const limit = durationToMillis(p.sla!.freshness!);
        return age === undefined || limit === undefined || age > limit;
      });
      return stale.length
        ? fail(
            `Ports ${stale
              .map(p => p.name)
              .join(', ')} are older than their sla.freshness.`,
          )
        : pass;
    },
  },
  {
    id: 'quality-checks-pass',
    level: 'gold',
    reads: ['facts'],
    title: 'Data-quality checks pass',
    description:
      'The latest reported data-quality run passes at least the configured share of checks.',
    check: ctx => {
      const quality = productQuality(ctx);
      if (!quality)
        return {
          state: 'no-data',
          message:
            'No data-quality run reported; have the pipeline POST a quality fact, or install the fact source of the tool that tests it (dbt, Great Expectations, datacontract-cli, OpenLineage).',
        };
      if (quality === 'unreadable')
        return {
          state: 'error',
          message: 'The latest quality fact has no numeric rate.',
        };
      if (quality.rate >= ctx.qualityThreshold) return pass;
      const counts =
        quality.total !== undefined
          ? `: ${quality.total - quality.passed!} of ${quality.total} failed`
          : '';
      const named = quality.failed.length
        ? `: ${quality.failed.slice(0, 5).join(', ')}${
            quality.failed.length > 5 ? ', …' : ''
          }`
        : '';
      return fail(
        `The latest data-quality run${describeSource(
          quality.fact,
        )} passed ${Math.round(
          quality.rate * 100,
        )}% of checks${counts}${named}; ${Math.round(
          ctx.qualityThreshold * 100,
        )}% are needed.`,
      );
    },
  },
  {
    id: 'has-docs',
    level: 'gold',
    title: 'Has documentation',
    description:
      'Add a backstage.io/techdocs-ref annotation or a documentation link.',
    check: ctx =>
      ctx.entity.metadata.annotations?.['backstage.io/techdocs-ref'] ||
      // Stored before the envelope was validated, links may be any shape.
      (Array.isArray(ctx.entity.metadata.links)
        ? (ctx.entity.metadata.links as unknown[])
        : []
      ).some(
        l =>
          typeof l === 'object' &&
          l !== null &&
          /doc/i.test(
            `${(l as { title?: unknown }).title ?? ''} ${
              (l as { type?: unknown }).type ?? ''
            }`,
          ),
      )
        ? pass
        : fail(
            'Add a backstage.io/techdocs-ref annotation or a link titled Documentation.',
          ),
  },
  {
    id: 'has-steward',
    level: 'gold',
    title: 'Has a data steward',
    description: 'Name a member with role steward in spec.team.',
    check: ctx =>
      (ctx.entity.spec.team ?? []).some(m => m.role === 'steward')
        ? pass
        : fail('Add a spec.team member with role: steward.'),
  },
  inputsObservedRule,
];
