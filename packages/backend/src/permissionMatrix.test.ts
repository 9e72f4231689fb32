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

// The matrix's cells are the rows' `check` functions, which the `it.each`
// at the bottom calls with each caller: what they expect depends on who asks.
/* eslint-disable jest/no-standalone-expect, jest/no-conditional-expect */

import { TestDatabases } from '@backstage/backend-test-utils';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { parseAllDocuments, stringify } from 'yaml';
import {
  MATRIX_USERS,
  matrixCatalogFile,
  MatrixBackend,
  PIPELINE_TOKEN,
  RESTRICTED_PIPELINE_TOKEN,
  startMatrixBackend,
} from './__testUtils__/permissionMatrixBackend';
import { until } from './__testUtils__/until';

// Every route and action of the data-products plugin, asked by each kind of
// caller, on a real backend: the catalog, the permission backend with the
// example policy, the auth backend's sign-in (real user tokens, ownership
// claims from the catalog), static service tokens and the actions registry.
// `ledger` is restricted: the owner's tree (olivia.owner in sales-data,
// carl.consumer in sales-emea below it), governance and the pipeline read it;
// hugo.hidden must find it nowhere, and its URL must answer exactly as a
// product that never existed (`ghost`).

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const WHO = [
  'no token',
  'garbage token',
  'consumer',
  'owner',
  'governance',
  'service',
  'hidden',
] as const;
type Who = (typeof WHO)[number];
/** The callers the example policy lets read `ledger`. */
const readsLedger = (who: Who) =>
  ['consumer', 'owner', 'governance', 'service'].includes(who);

const LEDGER = 'dataproduct:default/ledger';
const ORDERS = 'dataproduct:default/orders';
const ALL_PRODUCTS = [
  'dataproduct:default/campaigns',
  LEDGER,
  ORDERS,
  'dataproduct:default/sessions',
];
const VISIBLE_TO_HIDDEN = ALL_PRODUCTS.filter(ref => ref !== LEDGER);

/** The restricted product, or one that never existed, by the same route. */
type Subject = 'ledger' | 'ghost';

interface Reply {
  status: number;
  body: any;
  text: string;
}

/** The ledger document as its owner commits it, for the dry run. */
const ledgerDocument = parseAllDocuments(
  fs.readFileSync(matrixCatalogFile, 'utf8'),
)
  .map(d => d.toJS())
  .find(e => e?.kind === 'DataProduct' && e.metadata.name === 'ledger');

/**
 * Whether the catalog has stitched both ends of every product's ownership
 * and domain: until it has, the products' and their owners' etags change
 * and the change watcher scores them again.
 */
async function catalogSettled(baseUrl: string): Promise<true | undefined> {
  const response = await fetch(
    `${baseUrl}/api/catalog/entities?filter=kind=dataproduct&filter=kind=group&filter=kind=domain`,
    { headers: { Authorization: `Bearer ${PIPELINE_TOKEN}` } },
  );
  if (response.status !== 200) return undefined;
  const entities: any[] = await response.json();
  const refOf = (e: any) =>
    `${e.kind}:${e.metadata.namespace ?? 'default'}/${
      e.metadata.name
    }`.toLocaleLowerCase('en-US');
  const relations = new Set(
    entities.flatMap(e =>
      (e.relations ?? []).map(
        (r: any) => `${refOf(e)} ${r.type} ${r.targetRef}`,
      ),
    ),
  );
  const products = entities.filter(e => e.kind === 'DataProduct');
  const settled =
    products.length === ALL_PRODUCTS.length &&
    products.every(product => {
      const ref = refOf(product);
      const owner = `group:default/${product.spec.owner.replace('group:', '')}`;
      const domain = `domain:default/${product.spec.domain.replace(
        'domain:',
        '',
      )}`;
      return (
        relations.has(`${ref} ownedBy ${owner}`) &&
        relations.has(`${owner} ownerOf ${ref}`) &&
        relations.has(`${ref} partOf ${domain}`) &&
        relations.has(`${domain} hasPart ${ref}`)
      );
    });
  return settled ? true : undefined;
}

const inDays = (days: number) =>
  new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();

describe.each(databases.eachSupportedId())(
  'the permission matrix, every plugin on %s',
  databaseId => {
    let backend: MatrixBackend;
    const tokens = new Map<Who, string>([
      ['garbage token', 'not-a-token-anyone-issued'],
      ['service', PIPELINE_TOKEN],
    ]);
    /** The waivers made before the matrix runs (three of ledger, one of orders). */
    const waiverIds = {
      approved: '',
      toApprove: '',
      toReject: '',
      ofOrders: '',
    };
    const ghostWaiverId = randomUUID();

    /** A data-products route, asked as the caller (or with a given token). */
    async function api(
      who: Who | { token: string },
      method: string,
      route: string,
      body?: object | string,
    ): Promise<Reply> {
      const token = typeof who === 'string' ? tokens.get(who) : who.token;
      const headers: Record<string, string> = {};
      if (token) headers.Authorization = `Bearer ${token}`;
      if (typeof body === 'string')
        headers['Content-Type'] = 'application/yaml';
      else if (body) headers['Content-Type'] = 'application/json';
      const response = await fetch(
        `${backend.baseUrl}/api/data-products${route}`,
        {
          method,
          headers,
          body: typeof body === 'string' ? body : JSON.stringify(body),
        },
      );
      const text = await response.text();
      let parsedBody: any;
      try {
        parsedBody = JSON.parse(text);
      } catch {
        parsedBody = undefined; // the CSV
      }
      return { status: response.status, body: parsedBody, text };
    }
    /** An action, invoked through the real actions registry as the caller. */
    const invoke = (who: Who, action: string, input: object) =>
      api(
        who,
        'POST',
        `/.backstage/actions/v1/actions/data-products:${action}/invoke`,
        input,
      );

    /**
     * An action as an MCP client calls it: a JSON-RPC `tools/call` to the
     * portal's MCP server, which invokes it through the actions service on
     * the caller's behalf. The reply's body is the tool's output, or
     * `{ isError, text }` for a tool error.
     */
    async function mcp(who: Who, action: string, input: object) {
      const token = tokens.get(who);
      const response = await fetch(`${backend.baseUrl}/api/mcp-actions/v1`, {
        method: 'POST',
        headers: {
          ...(token && { Authorization: `Bearer ${token}` }),
          'Content-Type': 'application/json',
          Accept: 'application/json, text/event-stream',
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'tools/call',
          params: { name: `data-products.${action}`, arguments: input },
        }),
      });
      const text = await response.text();
      if (response.status !== 200) {
        return { status: response.status, body: JSON.parse(text), text };
      }
      // One server-sent event carrying the JSON-RPC response.
      const data = text.split('\n').find(line => line.startsWith('data: '));
      const { result } = JSON.parse(data!.slice('data: '.length));
      const content = result.content[0].text;
      const body = result.isError
        ? { isError: true, text: content }
        : JSON.parse(content);
      return { status: response.status, body, text: content } as Reply;
    }

    beforeAll(async () => {
      const started = await startMatrixBackend(databases, databaseId);
      backend = started;
      // Sign-in resolves each user in the catalog: it works once the
      // catalog has read them and their groups.
      for (const [who, userEntityRef] of Object.entries(MATRIX_USERS)) {
        const token = await until(`${who} to sign in`, async () =>
          started.signIn(userEntityRef).catch(() => undefined),
        );
        tokens.set(who as Who, token);
      }
      await until('the catalog to relate products, owners and domains', () =>
        catalogSettled(started.baseUrl),
      );
      // The change watcher scores each product as it appears, and again
      // when the catalog changes it or its owner or domain. The matrix
      // starts once every product is scored and the scores have stood still
      // for several watcher runs, so no run that began before the facts and
      // waivers below can overwrite what they lead to.
      let last = '';
      let since = Date.now();
      await until(
        'every product to be scored, and no longer rescored',
        async () => {
          const { status, body } = await api('service', 'GET', '/scorecards');
          if (status !== 200 || body.items.length !== ALL_PRODUCTS.length) {
            return undefined;
          }
          const seen = JSON.stringify(
            body.items.map((i: any) => [i.entityRef, i.evaluatedAt]),
          );
          if (seen !== last) [last, since] = [seen, Date.now()];
          return Date.now() - since >= 3000 ? true : undefined;
        },
      );

      // A pipeline reports a failing quality run of ledger and a good one of orders.
      const facts = await api('service', 'POST', '/facts', {
        items: [
          { entityRef: LEDGER, name: 'quality', value: 0.5 },
          { entityRef: ORDERS, name: 'quality', value: 0.99 },
        ],
      });
      expect(facts.status).toBe(201);
      // The owner asks for waivers; governance approves one of ledger's.
      const request = async (entityRef: string, ruleId: string) => {
        const reply = await api('owner', 'POST', '/waivers', {
          entityRef,
          ruleId,
          justification: `The ${ruleId} check waits for the new platform.`,
          expiresAt: inDays(30),
        });
        expect(reply.status).toBe(201);
        return reply.body.id as string;
      };
      waiverIds.approved = await request(LEDGER, 'has-docs');
      waiverIds.toApprove = await request(LEDGER, 'has-steward');
      waiverIds.toReject = await request(LEDGER, 'access-documented');
      waiverIds.ofOrders = await request(ORDERS, 'has-docs');
      const approved = await api(
        'governance',
        'POST',
        `/waivers/${waiverIds.approved}/approve`,
        { comment: 'Until the docs site moves' },
      );
      expect(approved.status).toBe(200);
    });

    afterAll(async () => {
      await backend?.stop();
    });

    /**
     * The hidden user's answer about ledger must be the answer about a
     * product that never existed, but for its name: same status, same body.
     */
    function expectSameAsGhost(
      reply: Reply,
      ghost: Reply,
      names: [string, string] = ['default/ledger', 'default/ghost'],
    ) {
      const [real, never] = names;
      const masked = (r: Reply, word: string) =>
        JSON.parse(
          JSON.stringify(r.body ?? r.text)
            .split(word)
            .join('<name>'),
        );
      expect(reply.status).toBe(ghost.status);
      expect(masked(reply, real)).toEqual(masked(ghost, never));
    }

    const ruleState = (results: any[], ruleId: string) =>
      results.find(r => r.ruleId === ruleId)?.state;

    /**
     * One row per route or action. `send` asks it as a caller, about ledger
     * or about the ghost; `check` says what each signed-in caller must get
     * (the ones without a valid token get 401 everywhere).
     */
    interface Row {
      name: string;
      send(who: Who, subject: Subject): Promise<Reply>;
      check(who: Who, reply: Reply, ghost: () => Promise<Reply>): Promise<void>;
      /** The caller named ledger in what it sent, and the answer may repeat it. */
      echoesLedger?: boolean;
    }

    /** A route about ledger alone: its readers get `seen`, the hidden user a ghost's answer. */
    const aboutLedger = (
      name: string,
      send: Row['send'],
      seen: (reply: Reply, who: Who) => void | Promise<void>,
    ): Row => ({
      name,
      send,
      async check(who, reply, ghost) {
        if (readsLedger(who)) await seen(reply, who);
        else expectSameAsGhost(reply, await ghost());
      },
    });

    const refsOf = (items: Array<{ entityRef: string }>) =>
      items.map(item => item.entityRef).sort();

    const rows: Row[] = [
      {
        name: 'GET /rules',
        send: who => api(who, 'GET', '/rules'),
        async check(_who, reply) {
          expect(reply.status).toBe(200);
          expect(reply.body.items.map((r: any) => r.id)).toContain(
            'is-versioned',
          );
        },
      },
      {
        name: 'GET /scorecards',
        send: who => api(who, 'GET', '/scorecards'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          expect(refsOf(reply.body.items)).toEqual(
            readsLedger(who) ? ALL_PRODUCTS : VISIBLE_TO_HIDDEN,
          );
        },
      },
      {
        name: 'GET /scorecards?failing=is-versioned&q=ledger',
        send: who =>
          api(who, 'GET', '/scorecards?failing=is-versioned&q=ledger'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          expect(refsOf(reply.body.items)).toEqual(
            readsLedger(who) ? [LEDGER] : [],
          );
        },
      },
      aboutLedger(
        'GET /scorecards/:ref',
        (who, subject) =>
          api(who, 'GET', `/scorecards/dataproduct/default/${subject}`),
        reply => {
          expect(reply.status).toBe(200);
          expect(reply.body.entityRef).toBe(LEDGER);
          expect(ruleState(reply.body.results, 'has-docs')).toBe('exempt');
          expect(ruleState(reply.body.results, 'quality-checks-pass')).toBe(
            'fail',
          );
        },
      ),
      aboutLedger(
        'GET /scorecards/:ref/history',
        (who, subject) =>
          api(who, 'GET', `/scorecards/dataproduct/default/${subject}/history`),
        reply => {
          expect(reply.status).toBe(200);
          expect(reply.body.items.length).toBeGreaterThan(0);
        },
      ),
      aboutLedger(
        'POST /scorecards/:ref/evaluate',
        (who, subject) =>
          api(
            who,
            'POST',
            `/scorecards/dataproduct/default/${subject}/evaluate`,
          ),
        reply => {
          expect(reply.status).toBe(200);
          expect(reply.body.entityRef).toBe(LEDGER);
          expect(ruleState(reply.body.results, 'has-docs')).toBe('exempt');
        },
      ),
      {
        name: 'GET /rollups?by=domain',
        send: who => api(who, 'GET', '/rollups?by=domain'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const sales = reply.body.items.find(
            (r: any) => r.entityRef === 'domain:default/sales',
          );
          const scores = await scoresAs(who);
          if (readsLedger(who)) {
            expect(sales).toMatchObject({ products: 2 });
            expect(sales.averageScore).toBeCloseTo(
              (scores.get(LEDGER)! + scores.get(ORDERS)!) / 2,
              0,
            );
            expect(sales.mostFailedRules).toContainEqual(
              expect.objectContaining({ products: 2 }),
            );
          } else {
            // Only orders counts: in the number, the levels, the average
            // and the most-failed rules.
            expect(sales).toMatchObject({
              products: 1,
              averageScore: scores.get(ORDERS),
            });
            expect(
              Object.values(sales.levels).reduce(
                (a: number, b: any) => a + b,
                0,
              ),
            ).toBe(1);
            for (const rule of sales.mostFailedRules) {
              expect(rule.products).toBe(1);
            }
          }
          expect(reply.body.items.map((r: any) => r.entityRef).sort()).toEqual([
            'domain:default/marketing',
            'domain:default/sales',
          ]);
        },
      },
      {
        name: 'GET /rollups?by=owner',
        send: who => api(who, 'GET', '/rollups?by=owner'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const rollup = (ref: string) =>
            reply.body.items.find((r: any) => r.entityRef === ref);
          const expected = readsLedger(who) ? 2 : 1;
          expect(rollup('group:default/sales-data')).toMatchObject({
            products: expected,
            ownProducts: expected,
          });
          // The parent group counts its sub-groups' products.
          expect(rollup('group:default/sales')).toMatchObject({
            products: expected,
            ownProducts: 0,
          });
          if (!readsLedger(who)) {
            const scores = await scoresAs(who);
            expect(rollup('group:default/sales-data').averageScore).toBe(
              scores.get(ORDERS),
            );
          }
        },
      },
      {
        name: 'GET /products',
        send: who => api(who, 'GET', '/products'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const expected = readsLedger(who) ? ALL_PRODUCTS : VISIBLE_TO_HIDDEN;
          expect(refsOf(reply.body.items)).toEqual(expected);
          expect(reply.body.totalCount).toBe(expected.length);
        },
      },
      {
        name: 'GET /products?q=ledger&classification=restricted',
        send: who =>
          api(who, 'GET', '/products?q=ledger&classification=restricted'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const expected = readsLedger(who) ? [LEDGER] : [];
          expect(refsOf(reply.body.items)).toEqual(expected);
          expect(reply.body.totalCount).toBe(expected.length);
        },
      },
      {
        name: 'GET /products?tag=sales&tag=ledger-only-tag',
        send: who => api(who, 'GET', '/products?tag=sales&tag=ledger-only-tag'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const expected = readsLedger(who) ? [LEDGER, ORDERS] : [ORDERS];
          expect(refsOf(reply.body.items)).toEqual(expected);
          expect(reply.body.totalCount).toBe(expected.length);
        },
      },
      {
        name: 'GET /products/facets?q=ledger',
        send: who => api(who, 'GET', '/products/facets?q=ledger'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const total = reply.body.domain.reduce(
            (sum: number, v: any) => sum + v.count,
            0,
          );
          expect(total).toBe(readsLedger(who) ? 1 : 0);
          if (!readsLedger(who)) {
            expect(reply.text).not.toContain('ledger');
          }
        },
      },
      {
        name: 'GET /products?underOwner=group:sales',
        send: who => api(who, 'GET', '/products?underOwner=group:sales'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const expected = readsLedger(who) ? [LEDGER, ORDERS] : [ORDERS];
          expect(refsOf(reply.body.items)).toEqual(expected);
          expect(reply.body.totalCount).toBe(expected.length);
        },
      },
      {
        name: 'GET /products/facets',
        send: who => api(who, 'GET', '/products/facets'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const count = (facet: string, value: string) =>
            reply.body[facet].find((v: any) => v.value === value)?.count;
          if (readsLedger(who)) {
            expect(count('classification', 'restricted')).toBe(1);
            expect(count('tag', 'ledger-only-tag')).toBe(1);
            expect(count('failing', 'is-versioned')).toBe(1);
            expect(count('domain', 'domain:default/sales')).toBe(2);
            expect(count('owner', 'group:default/sales-data')).toBe(2);
          } else {
            expect(count('classification', 'restricted')).toBeUndefined();
            expect(count('tag', 'ledger-only-tag')).toBeUndefined();
            expect(count('failing', 'is-versioned')).toBeUndefined();
            expect(count('domain', 'domain:default/sales')).toBe(1);
            expect(count('owner', 'group:default/sales-data')).toBe(1);
            expect(reply.text).not.toContain('ledger');
          }
        },
      },
      {
        name: 'GET /products.csv',
        send: who => api(who, 'GET', '/products.csv'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const lines = reply.text.trimEnd().split('\r\n');
          const refs = lines
            .slice(1)
            .map(line => line.split(',')[0])
            .sort();
          if (readsLedger(who)) {
            expect(refs).toEqual(ALL_PRODUCTS);
          } else {
            expect(refs).toEqual(VISIBLE_TO_HIDDEN);
            expect(reply.text).not.toContain('ledger');
          }
        },
      },
      {
        name: 'GET /products.csv?q=ledger',
        send: who => api(who, 'GET', '/products.csv?q=ledger'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const lines = reply.text.trimEnd().split('\r\n');
          expect(lines.slice(1).map(line => line.split(',')[0])).toEqual(
            readsLedger(who) ? [LEDGER] : [],
          );
        },
      },
      {
        ...aboutLedger(
          'POST /evaluate (dry run of the ledger document)',
          (who, subject) =>
            api(
              who,
              'POST',
              '/evaluate',
              stringify({
                ...ledgerDocument,
                metadata: { ...ledgerDocument.metadata, name: subject },
              }),
            ),
          reply => {
            // Its readers' dry run counts ledger's stored fact and waiver.
            expect(reply.status).toBe(200);
            const [item] = reply.body.items;
            expect(item.entityRef).toBe(LEDGER);
            expect(ruleState(item.results, 'quality-checks-pass')).toBe('fail');
            expect(ruleState(item.results, 'has-docs')).toBe('exempt');
          },
        ),
        echoesLedger: true,
      },
      {
        ...aboutLedger(
          'POST /evaluate (dry run of a product that reads from ledger)',
          (who, subject) =>
            api(who, 'POST', '/evaluate', {
              apiVersion: 'meshwork.dev/v1alpha1',
              kind: 'DataProduct',
              metadata: { name: 'probe', title: 'Probe' },
              spec: {
                owner: 'group:marketing-analytics',
                domain: 'domain:marketing',
                status: 'draft',
                inputPorts: [
                  {
                    name: 'upstream',
                    dataProduct: `dataproduct:default/${subject}`,
                    port: 'ledger-table',
                  },
                ],
              },
            }),
          reply => {
            // Its readers' dry run finds ledger and its port.
            expect(reply.status).toBe(200);
            const [item] = reply.body.items;
            expect(ruleState(item.results, 'inputs-resolve')).toBe('pass');
          },
        ),
        echoesLedger: true,
      },
      {
        name: 'POST /facts',
        send: (who, subject) =>
          api(who, 'POST', '/facts', {
            entityRef: `dataproduct:default/${subject}`,
            name: 'row-count',
            value: 1000,
          }),
        async check(who, reply, ghost) {
          if (who === 'service') {
            expect(reply.status).toBe(201);
            expect(reply.body).toEqual({ accepted: 1 });
          } else if (who === 'hidden') {
            expectSameAsGhost(reply, await ghost());
          } else {
            // The example policy gives fact creation to data-platform only.
            expect(reply.status).toBe(403);
            expect(reply.body.error.message).toContain(
              'data-products.fact.create',
            );
          }
        },
      },
      {
        name: 'GET /waivers',
        send: who => api(who, 'GET', '/waivers'),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const ids = reply.body.items.map((w: any) => w.id);
          expect(ids).toContain(waiverIds.ofOrders);
          if (readsLedger(who)) {
            expect(ids).toEqual(
              expect.arrayContaining([
                waiverIds.approved,
                waiverIds.toApprove,
                waiverIds.toReject,
              ]),
            );
          } else {
            expect(reply.text).not.toContain('ledger');
          }
        },
      },
      aboutLedger(
        'GET /waivers?entityRef=ledger',
        (who, subject) =>
          api(who, 'GET', `/waivers?entityRef=dataproduct:default/${subject}`),
        reply => {
          expect(reply.status).toBe(200);
          expect(reply.body.items.length).toBeGreaterThanOrEqual(3);
        },
      ),
      {
        name: 'GET /waivers/limits',
        send: who => api(who, 'GET', '/waivers/limits'),
        async check(_who, reply) {
          expect(reply.status).toBe(200);
          expect(reply.body).toEqual({ maxDurationDays: 90 });
        },
      },
      {
        name: 'GET /waivers/:id',
        send: (who, subject) =>
          api(
            who,
            'GET',
            `/waivers/${
              subject === 'ledger' ? waiverIds.approved : ghostWaiverId
            }`,
          ),
        async check(who, reply, ghost) {
          if (readsLedger(who)) {
            expect(reply.status).toBe(200);
            expect(reply.body).toMatchObject({
              entityRef: LEDGER,
              status: 'approved',
              requestedBy: MATRIX_USERS.owner,
              decidedBy: MATRIX_USERS.governance,
            });
            expect(reply.body.events.map((e: any) => e.action)).toEqual([
              'requested',
              'approved',
            ]);
          } else {
            expectSameAsGhost(reply, await ghost(), [
              waiverIds.approved,
              ghostWaiverId,
            ]);
          }
        },
      },
      {
        name: 'POST /waivers',
        send: (who, subject) =>
          api(who, 'POST', '/waivers', {
            entityRef: `dataproduct:default/${subject}`,
            ruleId: 'ports-have-contracts',
            justification: 'The contracts are being written this quarter.',
            expiresAt: inDays(30),
          }),
        async check(who, reply, ghost) {
          if (who === 'owner') {
            expect(reply.status).toBe(201);
            expect(reply.body).toMatchObject({
              entityRef: LEDGER,
              status: 'requested',
              requestedBy: MATRIX_USERS.owner,
            });
          } else if (who === 'hidden') {
            expectSameAsGhost(reply, await ghost());
          } else {
            // The consumer reads ledger but does not own it; governance
            // decides but does not own; services don't request waivers.
            expect(reply.status).toBe(403);
            expect(reply.body.error.name).toBe('NotAllowedError');
          }
        },
      },
      ...(['approve', 'reject'] as const).map(
        (decision): Row => ({
          name: `POST /waivers/:id/${decision}`,
          send: (who, subject) => {
            const id =
              decision === 'approve' ? waiverIds.toApprove : waiverIds.toReject;
            return api(
              who,
              'POST',
              `/waivers/${
                subject === 'ledger' ? id : ghostWaiverId
              }/${decision}`,
              { comment: 'Decided in the matrix' },
            );
          },
          async check(who, reply, ghost) {
            const id =
              decision === 'approve' ? waiverIds.toApprove : waiverIds.toReject;
            if (who === 'governance') {
              expect(reply.status).toBe(200);
              expect(reply.body).toMatchObject({
                id,
                status: decision === 'approve' ? 'approved' : 'rejected',
                decidedBy: MATRIX_USERS.governance,
              });
            } else if (who === 'hidden') {
              expectSameAsGhost(reply, await ghost(), [id, ghostWaiverId]);
            } else {
              expect(reply.status).toBe(403);
              expect(reply.body.error.name).toBe('NotAllowedError');
            }
          },
        }),
      ),
      aboutLedger(
        'GET /odps/:ref',
        (who, subject) =>
          api(who, 'GET', `/odps/dataproduct/default/${subject}`),
        reply => {
          expect(reply.status).toBe(200);
          expect(reply.text).toContain('ledger');
        },
      ),
      {
        name: 'action find-data-products',
        send: who => invoke(who, 'find-data-products', {}),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const expected = readsLedger(who) ? ALL_PRODUCTS : VISIBLE_TO_HIDDEN;
          expect(refsOf(reply.body.output.items)).toEqual(expected);
          expect(reply.body.output.totalCount).toBe(expected.length);
        },
      },
      {
        name: 'action find-data-products (query ledger)',
        send: who => invoke(who, 'find-data-products', { query: 'ledger' }),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const expected = readsLedger(who) ? [LEDGER] : [];
          expect(refsOf(reply.body.output.items)).toEqual(expected);
          expect(reply.body.output.totalCount).toBe(expected.length);
        },
      },
      {
        name: 'action find-data-products (restricted ones)',
        send: who =>
          invoke(who, 'find-data-products', {
            classification: ['restricted'],
          }),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const expected = readsLedger(who) ? [LEDGER] : [];
          expect(refsOf(reply.body.output.items)).toEqual(expected);
          expect(reply.body.output.totalCount).toBe(expected.length);
        },
      },
      aboutLedger(
        'action get-data-product-scorecard',
        (who, subject) =>
          invoke(who, 'get-data-product-scorecard', { entityRef: subject }),
        reply => {
          expect(reply.status).toBe(200);
          expect(reply.body.output).toMatchObject({ entityRef: LEDGER });
          expect(ruleState(reply.body.output.rules, 'has-docs')).toBe('exempt');
        },
      ),
      aboutLedger(
        'action explain-data-product-failures',
        (who, subject) =>
          invoke(who, 'explain-data-product-failures', { entityRef: subject }),
        reply => {
          expect(reply.status).toBe(200);
          expect(reply.body.output.entityRef).toBe(LEDGER);
          expect(
            reply.body.output.failures.map((f: any) => f.ruleId),
          ).toContain('is-versioned');
        },
      ),
      {
        name: 'MCP tools/call find-data-products',
        send: who => mcp(who, 'find-data-products', {}),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          const expected = readsLedger(who) ? ALL_PRODUCTS : VISIBLE_TO_HIDDEN;
          expect(refsOf(reply.body.items)).toEqual(expected);
          expect(reply.body.totalCount).toBe(expected.length);
        },
      },
      {
        name: 'MCP tools/call find-data-products (query ledger)',
        send: who => mcp(who, 'find-data-products', { query: 'ledger' }),
        async check(who, reply) {
          expect(reply.status).toBe(200);
          expect(reply.body.totalCount).toBe(readsLedger(who) ? 1 : 0);
        },
      },
      aboutLedger(
        'MCP tools/call get-data-product-scorecard',
        (who, subject) =>
          mcp(who, 'get-data-product-scorecard', { entityRef: subject }),
        reply => {
          expect(reply.body).toMatchObject({ entityRef: LEDGER });
        },
      ),
      aboutLedger(
        'MCP tools/call explain-data-product-failures',
        (who, subject) =>
          mcp(who, 'explain-data-product-failures', { entityRef: subject }),
        reply => {
          expect(reply.body.entityRef).toBe(LEDGER);
          expect(reply.body.failures.map((f: any) => f.ruleId)).toContain(
            'is-versioned',
          );
        },
      ),
    ];

    /** Each product's score as the caller sees it. */
    async function scoresAs(who: Who): Promise<Map<string, number>> {
      const { body } = await api(who, 'GET', '/products');
      return new Map(body.items.map((i: any) => [i.entityRef, i.score]));
    }

    describe.each(rows.map(row => [row.name, row] as const))(
      '%s',
      (_name, row) => {
        it.each(WHO)('as %s', async who => {
          const reply = await row.send(who, 'ledger');
          if (who === 'no token' || who === 'garbage token') {
            expect(reply.status).toBe(401);
            expect(reply.body.error.name).toBe('AuthenticationError');
            return;
          }
          await row.check(who, reply, () => row.send(who, 'ghost'));
          const answered = reply.status < 300 && !reply.body?.isError;
          if (who === 'hidden' && answered && !row.echoesLedger) {
            // Not a title, tag, ref or count line of it, anywhere.
            expect(reply.text).not.toMatch(/ledger/i);
          }
        });
      },
    );

    it('refuses a user token whose claims were edited: 401, not the claimed identity', async () => {
      const [header, payload, signature] = tokens.get('hidden')!.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = [
        header,
        Buffer.from(
          JSON.stringify({
            ...claims,
            sub: MATRIX_USERS.governance,
            ent: [MATRIX_USERS.governance, 'group:default/governance'],
          }),
        ).toString('base64url'),
        signature,
      ].join('.');
      const reply = await api({ token: forged }, 'GET', '/products');
      expect(reply.status).toBe(401);
      expect(reply.body.error.name).toBe('AuthenticationError');
    });

    it('refuses facts from a service token whose access restrictions leave out data-products.fact.create', async () => {
      const reply = await api(
        { token: RESTRICTED_PIPELINE_TOKEN },
        'POST',
        '/facts',
        { entityRef: ORDERS, name: 'row-count', value: 1 },
      );
      expect(reply.status).toBe(403);
      expect(reply.body.error.message).toContain('data-products.fact.create');
      // ...while the unrestricted pipeline token may.
      const allowed = await api('service', 'POST', '/facts', {
        entityRef: ORDERS,
        name: 'row-count',
        value: 1,
      });
      expect(allowed.status).toBe(201);
    });
  },
);
