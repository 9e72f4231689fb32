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

import type { Entity } from '@backstage/catalog-model';
import type { DataProductEntityV1alpha1, DataProductSpec } from '../entity';
import { evaluateDataProduct } from './evaluateDataProduct';
import { builtinScorecardRules } from './policyPack';
import type { DataProductFact } from './types';

const now = new Date('2026-11-21T12:00:00Z');

const catalog: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'sales-data', namespace: 'default' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'sales', namespace: 'default' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: 'orders-contract', namespace: 'default' },
  },
  ...(['active', 'deprecated', 'retired'] as const).map(status => ({
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: `upstream-${status}`, namespace: 'default' },
    spec: { status, outputPorts: [{ name: 'events' }] },
  })),
  {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: 'payments', namespace: 'default' },
    spec: {
      status: 'active',
      outputPorts: [
        { name: 'ledger', version: '1.2.0', deprecated: true },
        { name: 'ledger', version: '2.0.1' },
      ],
    },
  },
];
const byRef = new Map(
  catalog.map(e => [`${e.kind.toLowerCase()}:default/${e.metadata.name}`, e]),
);

const gold: DataProductEntityV1alpha1 = {
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: {
    name: 'orders',
    description:
      'Every confirmed order line, one row per line, refreshed nightly.',
    links: [{ url: 'https://docs.example.com/orders', title: 'Documentation' }],
  },
  spec: {
    owner: 'group:sales-data',
    domain: 'sales',
    status: 'active',
    version: '1.0.0',
    purpose: 'Revenue reporting.',
    classification: 'confidential',
    containsPii: true,
    team: [{ user: 'user:jane', role: 'steward' }],
    support: [{ channel: '#orders', url: 'https://chat.example.com/orders' }],
    inputPorts: [
      {
        name: 'raw',
        dataProduct: 'dataproduct:upstream-active',
        port: 'events',
      },
      { name: 'erp' },
    ],
    outputPorts: [
      {
        name: 'orders-table',
        contract: 'api:orders-contract',
        classification: 'restricted',
        containsPii: true,
        accessRequest: { autoApprove: true },
        sla: { freshness: 'PT24H', availability: 99.5 },
      },
    ],
  },
};

const goodFacts: DataProductFact[] = [
  {
    entityRef: 'dataproduct:default/orders',
    port: 'orders-table',
    name: 'freshness',
    value: 'PT2H',
    observedAt: '2026-11-21T11:00:00Z',
  },
  {
    entityRef: 'dataproduct:default/orders',
    name: 'quality',
    value: 0.99,
    observedAt: '2026-11-21T11:00:00Z',
  },
  {
    entityRef: 'dataproduct:default/orders',
    name: 'observed-inputs',
    value: {
      inputs: [
        {
          label: 'kafka://broker:9092/upstream.events',
          product: 'dataproduct:default/upstream-active',
          port: 'events',
          lastSeenAt: '2026-11-21T02:00:00Z',
        },
      ],
    },
    observedAt: '2026-11-21T02:00:00Z',
  },
  {
    entityRef: 'dataproduct:default/orders',
    name: 'breaking-changes',
    value: {
      unversioned: [],
      since: '1.0.0',
      detectedAt: '2026-11-20T08:00:00Z',
    },
    observedAt: '2026-11-20T08:00:00Z',
  },
];

function evaluate(
  spec: Partial<DataProductSpec> = {},
  metadata: object = {},
  facts = goodFacts,
) {
  const entity = {
    ...gold,
    metadata: { ...gold.metadata, ...metadata },
    spec: { ...gold.spec, ...spec },
  };
  const scorecard = evaluateDataProduct(entity, builtinScorecardRules, {
    findEntity: ref => byRef.get(ref),
    facts,
    now,
  });
  return Object.fromEntries(
    scorecard.results.map(r => [
      r.ruleId,
      r.message ? `${r.state}: ${r.message}` : r.state,
    ]),
  );
}

describe('the built-in policy pack', () => {
  it('has the built-in rule ids, bronze to gold, and a complete product passes them all', () => {
    const results = evaluate();
    expect(Object.keys(results)).toEqual([
      'has-owner',
      'has-domain',
      'has-description',
      'has-support-channel',
      'has-output-port',
      'ports-have-contracts',
      'classification-declared',
      'pii-is-protected',
      'inputs-resolve',
      'no-retired-inputs',
      'is-versioned',
      'access-documented',
      'no-unversioned-breaking-change',
      'sla-declared',
      'fresh-within-sla',
      'quality-checks-pass',
      'has-docs',
      'has-steward',
      'inputs-observed',
    ]);
    expect(Object.values(results).every(state => state === 'pass')).toBe(true);
    expect(
      evaluateDataProduct(gold, builtinScorecardRules, {
        findEntity: r => byRef.get(r),
        facts: goodFacts,
        now,
      }),
    ).toMatchObject({ level: 'gold', score: 100 });
  });

  it('fails bronze rules with what to fix', () => {
    const results = evaluate(
      {
        owner: 'group:nobody',
        domain: 'domain:atlantis',
        purpose: undefined,
        support: [{ channel: '#x' }],
        outputPorts: [],
      },
      { description: 'Too short.' },
    );
    expect(results['has-owner']).toBe(
      'fail: spec.owner "group:nobody" is not a Group or User in the catalog.',
    );
    expect(results['has-domain']).toBe(
      'fail: spec.domain "domain:atlantis" is not a Domain in the catalog.',
    );
    expect(results['has-description']).toBe(
      'fail: Add metadata.description of at least 40 characters and spec.purpose.',
    );
    expect(results['has-support-channel']).toBe(
      'fail: Add a spec.support entry with a url.',
    );
    expect(results['has-output-port']).toBe(
      'fail: Declare at least one spec.outputPorts entry.',
    );
    expect(results['ports-have-contracts']).toBe(
      'not-applicable: The product has no output ports.',
    );
  });

  it('does not ask a draft for output ports', () => {
    expect(
      evaluate({ status: 'draft', outputPorts: [] })['has-output-port'],
    ).toBe('not-applicable: Applies only to products whose status is active.');
  });

  it('fails silver rules port by port', () => {
    const port = {
      name: 'leaky',
      containsPii: true,
      classification: 'internal' as const,
    };
    const results = evaluate({
      classification: undefined,
      version: undefined,
      outputPorts: [port, { ...gold.spec.outputPorts![0] }],
    });
    expect(results['ports-have-contracts']).toBe(
      'fail: Output ports leaky: contract is missing or is not an API entity in the catalog.',
    );
    expect(results['classification-declared']).toBe(
      'fail: Set spec.classification.',
    );
    expect(results['pii-is-protected']).toBe(
      'fail: the product, port leaky contain PII: classify as confidential or restricted.',
    );
    expect(results['is-versioned']).toBe('fail: Set spec.version, e.g. 1.0.0.');
    expect(results['access-documented']).toBe(
      'fail: Output ports leaky: add accessRequest.url or accessRequest.autoApprove.',
    );
    expect(results['sla-declared']).toBe(
      'fail: Output ports leaky: declare sla.freshness and sla.availability.',
    );
  });

  it('checks lineage: missing upstreams and ports, deprecated (warn) and retired (fail) inputs', () => {
    const results = evaluate({
      inputPorts: [
        { name: 'a', dataProduct: 'dataproduct:ghost' },
        { name: 'b', dataProduct: 'upstream-active', port: 'page-views' },
        { name: 'c', dataProduct: 'upstream-retired', port: 'events' },
      ],
    });
    expect(results['inputs-resolve']).toBe(
      'fail: Input ports a: dataproduct:ghost is not in the catalog; b: upstream-active has no output port "page-views".',
    );
    expect(results['no-retired-inputs']).toBe(
      'fail: Reads from retired upstream-retired.',
    );
    expect(
      evaluate({
        inputPorts: [
          { name: 'd', dataProduct: 'upstream-deprecated', port: 'events' },
        ],
      })['no-retired-inputs'],
    ).toBe('warn: Reads from deprecated upstream-deprecated: plan the move.');
    expect(evaluate({ inputPorts: [{ name: 'erp' }] })['inputs-resolve']).toBe(
      'not-applicable: No input port reads another data product.',
    );
  });

  it('resolves an input port to the port version its major names, and warns on a deprecated one', () => {
    const reading = (version?: string) =>
      evaluate({
        inputPorts: [
          { name: 'pay', dataProduct: 'payments', port: 'ledger', version },
        ],
      });
    expect(reading('1.0.0')['inputs-resolve']).toBe('pass');
    expect(reading('1.0.0')['no-retired-inputs']).toBe(
      'warn: pay reads ledger v1.2.0 of payments, a deprecated port version (move to ledger v2.0.1): plan the move.',
    );
    expect(reading('2.0.0')['no-retired-inputs']).toBe('pass');
    expect(reading()['no-retired-inputs']).toBe('pass');
    expect(reading('3.1.0')['inputs-resolve']).toBe(
      'fail: Input ports pay: payments has no version 3.1.0 of output port "ledger" (it has ledger v1.2.0, ledger v2.0.1).',
    );
  });

  it('reads facts for freshness and quality: no-data without them, fail when stale or poor', () => {
    const none = evaluate({}, {}, []);
    expect(none['fresh-within-sla']).toBe(
      'no-data: No freshness reported for ports orders-table; have the pipeline POST a freshness fact.',
    );
    expect(none['quality-checks-pass']).toBe(
      'no-data: No data-quality run reported; have the pipeline POST a quality fact, or install the fact source of the tool that tests it (dbt, Great Expectations, datacontract-cli, OpenLineage).',
    );
    const stale = evaluate({}, {}, [
      { ...goodFacts[0], value: '2026-11-19T12:00:00Z' },
      { ...goodFacts[0], value: 'PT1H', observedAt: '2026-11-20T00:00:00Z' },
      { ...goodFacts[1], value: { rate: 0.9 } },
    ]);
    expect(stale['fresh-within-sla']).toBe(
      'fail: Ports orders-table are older than their sla.freshness.',
    );
    expect(stale['quality-checks-pass']).toBe(
      'fail: The latest data-quality run passed 90% of checks; 95% are needed.',
    );
    expect(
      evaluate({}, {}, [goodFacts[0], { ...goodFacts[1], value: 'green' }])[
        'quality-checks-pass'
      ],
    ).toBe('error: The latest quality fact has no numeric rate.');
  });

  it('adds up the quality of the output ports that tools reported, naming the run and the failed checks', () => {
    const fromDbt = (
      port: string,
      passed: number,
      total: number,
      failed: string[],
    ) => ({
      entityRef: 'dataproduct:default/orders',
      port,
      name: 'quality',
      value: { rate: passed / total, passed, total, failed },
      observedAt: '2026-11-21T02:00:00.000Z',
      source: { tool: 'dbt', runId: 'abc', job: 'build' },
    });
    const withPorts = (facts: DataProductFact[]) =>
      evaluate(
        {
          outputPorts: [
            { ...gold.spec.outputPorts![0], name: 'orders-table' },
            { ...gold.spec.outputPorts![0], name: 'orders-daily' },
          ],
        },
        {},
        [goodFacts[0], ...facts],
      )['quality-checks-pass'];
    expect(
      withPorts([
        fromDbt('orders-table', 29, 30, ['not_null_orders_customer_id']),
        fromDbt('orders-daily', 1, 2, ['unique_orders_daily_day']),
      ]),
    ).toBe(
      'fail: The latest data-quality run from dbt build 2026-11-21 02:00 passed 94% of checks: 2 of 32 failed: not_null_orders_customer_id, unique_orders_daily_day; 95% are needed.',
    );
    expect(withPorts([fromDbt('orders-table', 30, 30, [])])).toBe('pass');
  });

  it('fails gold rules for docs and stewardship', () => {
    const results = evaluate(
      { team: [{ user: 'user:jane', role: 'engineer' }] },
      { links: [] },
    );
    expect(results['has-docs']).toBe(
      'fail: Add a backstage.io/techdocs-ref annotation or a link titled Documentation.',
    );
    expect(results['has-steward']).toBe(
      'fail: Add a spec.team member with role: steward.',
    );
    expect(
      evaluate(
        {},
        { links: [], annotations: { 'backstage.io/techdocs-ref': 'dir:.' } },
      )['has-docs'],
    ).toBe('pass');
  });

  it('judges links of any shape stored before the envelope was validated, never erroring', () => {
    for (const links of [[null], { title: 'Docs' }, ['Docs'], 'Docs']) {
      expect(evaluate({}, { links } as object)['has-docs']).toBe(
        'fail: Add a backstage.io/techdocs-ref annotation or a link titled Documentation.',
      );
    }
    expect(
      evaluate({}, { links: [null, { title: 'Documentation' }] } as object)[
        'has-docs'
      ],
    ).toBe('pass');
  });

  it('declares truthfully which rules need the catalog or facts', () => {
    const offline = evaluateDataProduct(gold, builtinScorecardRules, {
      findEntity: () => {
        throw new Error('no catalog here');
      },
      now,
    });
    const needCatalog = builtinScorecardRules
      .filter(r => r.reads?.includes('catalog'))
      .map(r => r.id);
    const needFacts = builtinScorecardRules
      .filter(r => r.reads?.includes('facts'))
      .map(r => r.id);
    expect(
      offline.results.filter(r => r.state === 'error').map(r => r.ruleId),
    ).toEqual(needCatalog);
    // Observed lineage is optional: without it the rule does not apply,
    // rather than holding back every product whose jobs send none; nor does
    // the history of a product no version of which was compared yet.
    const optional = ['no-unversioned-breaking-change', 'inputs-observed'];
    expect(
      offline.results.filter(r => r.state === 'no-data').map(r => r.ruleId),
    ).toEqual(needFacts.filter(id => !optional.includes(id)));
    expect(
      offline.results
        .filter(r => optional.includes(r.ruleId))
        .map(r => r.state),
    ).toEqual(['not-applicable', 'not-applicable']);
    expect(needCatalog).toEqual([
      'has-owner',
      'has-domain',
      'ports-have-contracts',
      'inputs-resolve',
      'no-retired-inputs',
    ]);
  });
});
