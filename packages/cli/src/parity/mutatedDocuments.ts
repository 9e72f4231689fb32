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

import { stringify } from 'yaml';

type Doc = Record<string, any>;
type Mutation = (doc: Doc, id: string) => void;

/** A small seeded generator (mulberry32): the same seed, the same cases. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid product; every generated name carries `id`, so no two collide. */
export function validProduct(id: string): Doc {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: {
      name: `p-${id}`,
      title: 'Orders',
      description: 'Every order line.',
      tags: ['sales'],
      links: [{ url: 'https://dash.example.com/orders', title: 'Dashboard' }],
    },
    spec: {
      owner: 'group:sales-data',
      domain: 'sales',
      status: 'active',
      type: 'aggregate',
      support: [{ channel: '#orders', url: 'https://chat.example.com/x' }],
      inputPorts: [
        { name: 'raw', dataProduct: 'dataproduct:upstream', port: 'events' },
      ],
      outputPorts: [
        {
          name: 'table',
          type: 'table',
          sla: { freshness: 'PT24H', availability: 99.5 },
        },
      ],
    },
  };
}

/** Marks a field for deletion in `set`. */
const DELETE = Symbol('delete');

const set = (path: string, ...values: unknown[]): Mutation[] =>
  values.map(value => (doc: Doc, id: string) => {
    const keys = path.split('.');
    let parent: any = doc;
    for (const key of keys.slice(0, -1)) parent = parent[key];
    const last = keys[keys.length - 1];
    const resolved =
      typeof value === 'function'
        ? (value as (i: string) => unknown)(id)
        : value;
    if (resolved === DELETE) delete parent[last];
    else parent[last] = resolved;
  });

const rename =
  (path: string, to: string): Mutation =>
  doc => {
    const keys = path.split('.');
    let parent: any = doc;
    for (const key of keys.slice(0, -1)) parent = parent[key];
    const last = keys[keys.length - 1];
    parent[to] = parent[last];
    delete parent[last];
  };

/** Every kind of mistake the generator makes, in groups. */
export const mutations: Record<string, Mutation[]> = {
  missing: [
    'spec.owner',
    'spec.domain',
    'spec.status',
    'spec',
    'metadata.name',
    'metadata',
    'apiVersion',
    'kind',
  ].flatMap(p => set(p, DELETE)),
  misspelt: [
    rename('spec.outputPorts', 'ouputPorts'),
    rename('spec.status', 'staus'),
    rename('spec.outputPorts.0.sla.freshness', 'freshnes'),
    rename('metadata', 'metdata'),
    rename('spec', 'Spec'),
    rename('kind', 'Kind'),
    rename('metadata.tags', 'tag'),
  ],
  types: [
    ...set('spec.status', 5, null),
    ...set('spec.outputPorts', 'x', {}),
    ...set('spec.containsPii', 'yes'),
    ...set('spec.outputPorts.0.sla.availability', 'high', 150, -1),
    ...set('spec', 'text', null, []),
    ...set('metadata.description', 5),
    ...set('apiVersion', 5),
  ],
  enums: [
    ...set('spec.status', 'actve', 'Active'),
    ...set('spec.classification', 'secret'),
    ...set('spec.type', 'stream'),
    ...set('spec.outputPorts.0.type', 'stream'),
  ],
  durations: set(
    'spec.outputPorts.0.sla.freshness',
    '24h',
    'P1D',
    'PT1H30M',
    '1 day',
    '',
    24,
  ),
  refs: [
    ...set(
      'spec.owner',
      'group:',
      'api:orders',
      'Group:Sales Data',
      '',
      'user:jane',
    ),
    ...set('spec.domain', 'domain:a:b', 'sales'),
    ...set('spec.inputPorts.0.dataProduct', 'component:x', DELETE),
    ...set('spec.outputPorts.0.contract', 'group:x', 'api:orders-contract'),
  ],
  urls: set(
    'spec.support.0.url',
    // eslint-disable-next-line no-script-url -- a script link the schema must refuse
    'javascript:alert(1)',
    'mailto:a@b.example',
    'ftp://x',
    'chat.example.com',
  ),
  envelopeTags: set(
    'metadata.tags',
    null,
    'sales, orders',
    ['Sales'],
    ['real time'],
    [5],
    [''],
    [],
    ['c++', 'a-b'],
  ),
  envelopeLinks: set(
    'metadata.links',
    [null],
    [{ title: 'Dashboard' }],
    [{ url: 'https://x.example', title: '' }],
    {},
    'x',
    [{ url: 'not a url' }],
    [{ url: 'https://ok.example', icon: 'dashboard' }],
  ),
  envelopeAnnotations: set(
    'metadata.annotations',
    ['a'],
    { 'example.com/x': 5 },
    { 'bad key': 'x' },
    null,
    'x',
    { 'example.com/x': 'ok' },
    5,
  ),
  envelopeLabels: set(
    'metadata.labels',
    { team: 'sales data' },
    { 'bad key': 'x' },
    { team: 'sales' },
    { team: 5 },
    [],
  ),
  envelopeNames: [
    ...set('metadata.title', '', 5),
    ...set('metadata.namespace', '', 7, ['a'], { a: 1 }, 'Sales', 'sales-eu'),
    ...set(
      'metadata.name',
      '',
      5,
      (id: string) => `Bad Name ${id}`,
      (id: string) => `${'x'.repeat(64)}${id}`,
      (id: string) => `p_${id.replace(/-/g, '.')}`,
    ),
    ...set('status', 'x'),
    ...set('metadata', null, 'x'),
  ],
  kinds: [
    ...set(
      'kind',
      'dataproduct',
      'Dataproduct',
      'Data Product',
      'DataProducts',
      'DataProdcut',
      'DataProduct ',
      'Component',
      5,
      'DATAPRODUCT',
    ),
    ...set(
      'apiVersion',
      'backstage.io/v1alpha1',
      'meshwork.dev/v1beta1',
      'meshwork.dev/v1alpha1 ',
    ),
  ],
  deep: [
    doc => {
      let deep: unknown = 'x';
      for (let i = 0; i < 150; i++) deep = [deep];
      doc.spec.customProperties = { deep };
    },
  ],
};

/** A valid document of another kind, which the linter leaves to the catalog. */
function neighbour(id: string): Doc {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: `api-${id}` },
    spec: {
      type: 'openapi',
      lifecycle: 'production',
      owner: 'sales-data',
      definition: 'openapi: 3.0.0',
    },
  };
}

export interface GeneratedFile {
  name: string;
  content: string;
}

/**
 * The parity test's files, from a seed: every mutation once on its own, then
 * random ones, then files of two to four documents mixing valid products,
 * mutated ones, documents of another kind, broken YAML and documents that
 * are not maps.
 */
export function generateFiles(
  seed: number,
  randomCases: number,
  multiCases: number,
): GeneratedFile[] {
  const random = seededRandom(seed);
  const all = Object.values(mutations).flat();
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const mutated = (id: string, count: number) => {
    const doc = validProduct(id);
    for (let i = 0; i < count; i++) {
      try {
        pick(all)(doc, id);
      } catch {
        // a second mutation may find its field gone; the first stands
      }
    }
    return doc;
  };
  const files: GeneratedFile[] = all.map((mutation, i) => {
    const doc = validProduct(`s${i}`);
    mutation(doc, `s${i}`);
    return { name: `single-${i}.yaml`, content: stringify(doc) };
  });
  for (let i = 0; i < randomCases; i++) {
    const doc = mutated(`r${i}`, 1 + Math.floor(random() * 2));
    files.push({ name: `random-${i}.yaml`, content: stringify(doc) });
  }
  for (let i = 0; i < multiCases; i++) {
    const docs = Array.from(
      { length: 2 + Math.floor(random() * 3) },
      (_, j) => {
        const id = `m${i}-${j}`;
        const roll = random();
        if (roll < 0.35) return stringify(validProduct(id));
        if (roll < 0.65) return stringify(mutated(id, 1));
        if (roll < 0.8) return stringify(neighbour(id));
        if (roll < 0.9)
          return `apiVersion: meshwork.dev/v1alpha1\nkind: DataProduct\nmetadata: { name: broken-${id}\n`;
        return pick(['just a string\n', '- a\n- list\n', '42\n']);
      },
    );
    if (!docs.some(d => d.includes('kind: DataProduct')))
      docs.push(stringify(validProduct(`m${i}-x`)));
    files.push({ name: `multi-${i}.yaml`, content: docs.join('---\n') });
  }
  return files;
}
