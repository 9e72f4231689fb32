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

import type { OutputPort } from '../entity';
import { durationToMillis } from './duration';
import { resolveRef } from './refs';
import type { CheckOutcome, RuleContext, ScorecardRule } from './types';

const pass: CheckOutcome = { state: 'pass' };
const fail = (message: string): CheckOutcome => ({ state: 'fail', message });
const notApplicable = (message: string): CheckOutcome => ({
  state: 'not-applicable',
  message,
});

/** Fails naming the output ports that miss something, or is n/a without output ports. */
function everyOutputPort(
  context: RuleContext,
  isMissing: (port: OutputPort) => boolean,
  what: string,
): CheckOutcome {
  const ports = context.entity.spec.outputPorts ?? [];
  if (ports.length === 0)
    return notApplicable('The product has no output ports.');
  const missing = ports.filter(isMissing).map(p => p.name);
  return missing.length
    ? fail(`Output ports ${missing.join(', ')}: ${what}.`)
    : pass;
}

function ageOf(value: unknown, now: Date): number | undefined {
  if (typeof value === 'number') return value * 1000; // seconds since the newest data
  if (typeof value !== 'string') return undefined;
  return (
    durationToMillis(value) ??
    (Number.isNaN(Date.parse(value))
      ? undefined
      : now.getTime() - Date.parse(value))
  );
}

/** The built-in policy pack (SCORECARD.md). @public */
export const builtinScorecardRules: ScorecardRule[] = [
  {
    id: 'has-owner',
    level: 'bronze',
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
  {
    id: 'ports-have-contracts',
    level: 'silver',
    title: 'Every output port has a contract',
    description:
      "Point each output port's contract at an API entity (an ODCS contract) in the catalog.",
    check: ctx =>
      everyOutputPort(
        ctx,
        p => !p.contract || resolveRef(ctx, p.contract, 'API')?.kind !== 'API',
        'contract is missing or is not an API entity in the catalog',
      ),
  },
  {
    id: 'classification-declared',
    level: 'silver',
    title: 'Sensitivity is declared',
    description: 'Set classification on the product and on every output port.',
    check: ctx => {
      if (!ctx.entity.spec.classification)
        return fail('Set spec.classification.');
      return everyOutputPort(ctx, p => !p.classification, 'set classification');
    },
  },
  {
    id: 'pii-is-protected',
    level: 'silver',
    title: 'Personal data is protected',
    description:
      'Whatever contains PII is classified confidential or restricted.',
    check: ctx => {
      const items = [
        { name: 'the product', ...ctx.entity.spec },
        ...(ctx.entity.spec.outputPorts ?? []).map(p => ({
          ...p,
          name: `port ${p.name}`,
        })),
      ];
      const exposed = items
        .filter(
          i =>
            i.containsPii &&
            !['confidential', 'restricted'].includes(i.classification ?? ''),
        )
        .map(i => i.name);
      return exposed.length
        ? fail(
            `${exposed.join(
              ', ',
            )} contain PII: classify as confidential or restricted.`,
          )
        : pass;
    },
  },
  {
    id: 'inputs-resolve',
    level: 'silver',
    title: 'Inputs come from real products',
    description:
      "Every input port's dataProduct exists and has the named output port.",
    check: ctx => {
      const inputs = (ctx.entity.spec.inputPorts ?? []).filter(
        p => p.dataProduct,
      );
      if (inputs.length === 0)
        return notApplicable('No input port reads another data product.');
      const broken = inputs.flatMap(input => {
        const upstream = resolveRef(ctx, input.dataProduct!, 'DataProduct');
        if (!upstream)
          return [`${input.name}: ${input.dataProduct} is not in the catalog`];
        const ports = ((upstream.spec?.outputPorts ?? []) as OutputPort[]).map(
          p => p.name,
        );
        return input.port && !ports.includes(input.port)
          ? [
              `${input.name}: ${input.dataProduct} has no output port "${input.port}"`,
            ]
          : [];
      });
      return broken.length ? fail(`Input ports ${broken.join('; ')}.`) : pass;
    },
  },
  {
    id: 'no-retired-inputs',
    level: 'silver',
    title: 'Inputs are maintained',
    description:
      'Move off upstream products that are deprecated (warn) or retired (fail).',
    check: ctx => {
      const upstreams = (ctx.entity.spec.inputPorts ?? [])
        .filter(p => p.dataProduct)
        .map(p => ({
          ref: p.dataProduct!,
          status: resolveRef(ctx, p.dataProduct!, 'DataProduct')?.spec?.status,
        }));
      const retired = upstreams
        .filter(u => u.status === 'retired')
        .map(u => u.ref);
      const deprecated = upstreams
        .filter(u => u.status === 'deprecated')
        .map(u => u.ref);
      if (retired.length)
        return fail(`Reads from retired ${retired.join(', ')}.`);
      if (deprecated.length)
        return {
          state: 'warn',
          message: `Reads from deprecated ${deprecated.join(
            ', ',
          )}: plan the move.`,
        };
      return pass;
    },
  },
  {
    id: 'is-versioned',
    level: 'silver',
    title: 'Is versioned',
    description: 'Set spec.version to a semantic version.',
    check: ctx =>
      ctx.entity.spec.version ? pass : fail('Set spec.version, e.g. 1.0.0.'),
  },
  {
    id: 'access-documented',
    level: 'silver',
    title: 'Access is documented',
    description:
      'Give every output port an accessRequest.url or autoApprove: true.',
    check: ctx =>
      everyOutputPort(
        ctx,
        p => !p.accessRequest?.url && !p.accessRequest?.autoApprove,
        'add accessRequest.url or accessRequest.autoApprove',
      ),
  },
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
    title: 'Data-quality checks pass',
    description:
      'The latest reported data-quality run passes at least the configured share of checks.',
    check: ctx => {
      const fact = ctx.latestFact('quality');
      if (!fact)
        return {
          state: 'no-data',
          message:
            'No data-quality run reported; have the pipeline POST a quality fact.',
        };
      const rate =
        typeof fact.value === 'number'
          ? fact.value
          : (fact.value as { rate?: number })?.rate;
      if (typeof rate !== 'number')
        return {
          state: 'error',
          message: 'The latest quality fact has no numeric rate.',
        };
      return rate >= ctx.qualityThreshold
        ? pass
        : fail(
            `The latest data-quality run passed ${Math.round(
              rate * 100,
            )}% of checks; ${Math.round(
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
      (ctx.entity.metadata.links ?? []).some(l =>
        /doc/i.test(`${l.title ?? ''} ${l.type ?? ''}`),
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
];
