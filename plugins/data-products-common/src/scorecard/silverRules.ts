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

import {
  describePort,
  findOutputPort,
  type InputPort,
  type OutputPort,
} from '../entity';
import { noUnversionedBreakingChangeRule } from './breakingChangeRule';
import { pass, fail, notApplicable, everyOutputPort } from './outcomes';
import { resolveRef } from './refs';
import type { RuleContext, ScorecardRule } from './types';

/** `reads orders v1.0.0 of dataproduct:x, deprecated (newest: v2.0.0)` for each such input. */
function deprecatedPortsRead(ctx: RuleContext, inputs: InputPort[]): string[] {
  return inputs.flatMap(input => {
    if (!input.port) return [];
    const upstream = resolveRef(ctx, input.dataProduct!, 'DataProduct');
    const ports = (upstream?.spec?.outputPorts ?? []) as OutputPort[];
    const read = findOutputPort(ports, input.port, input.version);
    if (!read?.deprecated) return [];
    const newest = findOutputPort(ports, input.port);
    const move =
      newest && !newest.deprecated ? ` (move to ${describePort(newest)})` : '';
    return [
      `${input.name} reads ${describePort(read)} of ${
        input.dataProduct
      }, a deprecated port version${move}`,
    ];
  });
}

/** The built-in silver rules; `policyPack.ts` puts them in order with the others. */
export const silverRules: ScorecardRule[] = [
  {
    id: 'ports-have-contracts',
    level: 'silver',
    reads: ['catalog'],
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
    reads: ['catalog'],
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
        const ports = (upstream.spec?.outputPorts ?? []) as OutputPort[];
        if (!input.port || findOutputPort(ports, input.port, input.version))
          return [];
        const versions = ports.filter(p => p.name === input.port);
        return [
          versions.length === 0
            ? `${input.name}: ${input.dataProduct} has no output port "${input.port}"`
            : `${input.name}: ${input.dataProduct} has no version ${
                input.version
              } of output port "${input.port}" (it has ${versions
                .map(p => describePort(p))
                .join(', ')})`,
        ];
      });
      return broken.length ? fail(`Input ports ${broken.join('; ')}.`) : pass;
    },
  },
  {
    id: 'no-retired-inputs',
    level: 'silver',
    reads: ['catalog'],
    title: 'Inputs are maintained',
    description:
      'Move off upstream products that are deprecated (warn) or retired (fail), and off port versions their owners deprecated (warn).',
    check: ctx => {
      const inputs = (ctx.entity.spec.inputPorts ?? []).filter(
        p => p.dataProduct,
      );
      const upstreams = inputs.map(p => ({
        ref: p.dataProduct!,
        status: resolveRef(ctx, p.dataProduct!, 'DataProduct')?.spec?.status,
      }));
      const retired = upstreams
        .filter(u => u.status === 'retired')
        .map(u => u.ref);
      const deprecated = upstreams
        .filter(u => u.status === 'deprecated')
        .map(u => `${u.ref}`);
      const deprecatedPorts = deprecatedPortsRead(ctx, inputs);
      if (retired.length)
        return fail(`Reads from retired ${retired.join(', ')}.`);
      const warnings = [
        ...(deprecated.length
          ? [`Reads from deprecated ${deprecated.join(', ')}`]
          : []),
        ...deprecatedPorts,
      ];
      if (warnings.length)
        return {
          state: 'warn',
          message: `${warnings.join('; ')}: plan the move.`,
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
  noUnversionedBreakingChangeRule,
];
