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
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleUnprocessedEntities from '@backstage/plugin-catalog-backend-module-unprocessed';
import catalogModuleDataProducts from '@meshwork/plugin-catalog-backend-module-data-products';
import dataProductsPlugin from '@meshwork/plugin-data-products-backend';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { lintFile } from '../lint/lintFile';
import type { LintedFile } from '../lint/types';
import { generateFiles } from './mutatedDocuments';

// The linter's verdict on every document of a few hundred generated files
// against a real catalog's, with the DataProduct module and the rules a
// portal of this suite has: the same for every document, or the test says
// which. The same files also go to the dry run, which must never fail.

jest.setTimeout(180_000);

const SEED = 15;
const rules = [
  {
    allow: [
      'Component',
      'System',
      'API',
      'Resource',
      'Location',
      'Domain',
      'Group',
      'User',
      'DataProduct',
    ],
  },
];

interface DocumentCase {
  file: string;
  index: number;
  /** What the catalog would call it: kind and name, lower case; absent when it can't name it. */
  key?: string;
  linterRefuses: boolean;
  problems: string[];
  /** Problems whose message starts neither with their field nor with YAML. */
  unnamed: string[];
}

/** Each non-empty document of a file, with the linter's verdict on it. */
function documentsOf(
  file: string,
  content: string,
  linted: LintedFile,
): DocumentCase[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(content, { lineCounter });
  return docs.flatMap((doc, index) => {
    if (doc.errors.length === 0 && doc.contents === null) return [];
    const first = lineCounter.linePos(doc.range[0]).line;
    const last = lineCounter.linePos(doc.range[2]).line;
    const own = linted.problems.filter(p => p.line >= first && p.line <= last);
    const problems = own.map(p => `${p.line}: ${p.message}`);
    const unnamed = own
      .filter(
        p =>
          !(p.field && p.message.startsWith(`${p.field}: `)) &&
          !p.message.startsWith('YAML'),
      )
      .map(p => `${file}:${p.line}: ${p.message}`);
    let key: string | undefined;
    try {
      const entity = doc.errors.length ? undefined : doc.toJS();
      if (
        typeof entity?.kind === 'string' &&
        typeof entity?.metadata?.name === 'string'
      ) {
        key = `${entity.kind}:${entity.metadata.name}`.toLowerCase();
      }
    } catch {
      key = undefined;
    }
    return [
      {
        file,
        index,
        key,
        problems,
        unnamed,
        linterRefuses:
          problems.length > 0 || linted.refusedWholeAt !== undefined,
      },
    ];
  });
}

describe('the linter and the catalog', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-parity-'));
  const files = generateFiles(SEED, 120, 60).map(f => ({
    ...f,
    path: path.join(dir, f.name),
  }));
  let baseUrl: string;
  let stopBackend: (() => Promise<void>) | undefined;

  async function get(route: string) {
    const response = await fetch(`${baseUrl}${route}`, {
      headers: { Authorization: mockCredentials.user.header() },
    });
    expect(response.status).toBe(200);
    return response.json();
  }

  /** The catalog's entities once every file was read and every entity processed and stitched. */
  async function catalogSettled(): Promise<Entity[]> {
    let seen = '';
    for (let attempt = 0; attempt < 600; attempt++) {
      const [entities, { entities: pending }, { entities: failed }] =
        await Promise.all([
          get('/api/catalog/entities'),
          get('/api/catalog/entities/unprocessed/pending'),
          get('/api/catalog/entities/unprocessed/failed'),
        ]);
      const targets = new Set(
        [
          ...entities,
          ...pending
            .filter((p: any) => p.errors?.length)
            .map((p: any) => p.unprocessed_entity),
          ...failed.map((p: any) => p.unprocessed_entity),
        ]
          .filter((e: Entity) => e.kind === 'Location')
          .map((e: Entity) => (e.spec as { target?: string }).target),
      );
      const unread = files.filter(f => !targets.has(f.path)).length;
      const waiting = pending.filter((p: any) => !p.errors?.length).length;
      seen = `${unread} files unread, ${waiting} entities waiting`;
      if (unread === 0 && waiting === 0) return entities;
      await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(`the catalog did not settle: ${seen}`);
  }

  beforeAll(async () => {
    for (const file of files) fs.writeFileSync(file.path, file.content);
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleUnprocessedEntities,
        catalogModuleDataProducts,
        dataProductsPlugin,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules,
              locations: files.map(f => ({ type: 'file', target: f.path })),
            },
          },
        }),
      ],
    });
    stopBackend = () => backend.stop();
    baseUrl = `http://localhost:${
      (backend.server.address() as AddressInfo).port
    }`;
  });

  afterAll(async () => {
    await stopBackend?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives every generated document the same verdict', async () => {
    const cases: DocumentCase[] = [];
    for (const file of files) {
      cases.push(
        ...documentsOf(
          file.name,
          file.content,
          await lintFile(file.name, file.content),
        ),
      );
    }
    expect(cases.length).toBeGreaterThanOrEqual(300);
    // Every problem names its field, or says it is the YAML's.
    const unnamed = cases.flatMap(c => c.unnamed);
    expect(unnamed).toEqual([]);
    const entities = await catalogSettled();
    const loaded = new Set(
      entities
        .filter(e =>
          e.metadata.annotations?.[
            'backstage.io/managed-by-location'
          ]?.startsWith(`file:${dir}`),
        )
        .map(e => `${e.kind}:${e.metadata.name}`.toLowerCase()),
    );
    const disagreements = cases
      .filter(
        c => c.linterRefuses === (c.key !== undefined && loaded.has(c.key)),
      )
      .map(
        c =>
          `${c.file} #${c.index} (${c.key ?? 'unnamed'}): linter ${
            c.linterRefuses ? 'refuses' : 'accepts'
          }, catalog ${c.linterRefuses ? 'loads it' : 'does not'}; ${
            c.problems.join(' | ') || 'no problems'
          }`,
      );
    const refused = cases.filter(c => c.linterRefuses).length;
    // What was compared, for the record in the test's output.
    // eslint-disable-next-line no-console
    console.log(
      `parity: ${files.length} files, ${
        cases.length
      } documents, ${refused} refused, ${cases.length - refused} loaded, ${
        disagreements.length
      } disagreements`,
    );
    expect(disagreements).toEqual([]);
  });

  it('never fails a dry run of the same files, and names a field or a line in every error', async () => {
    const failures: string[] = [];
    for (const [i, file] of files.entries()) {
      const response = await fetch(`${baseUrl}/api/data-products/evaluate`, {
        method: 'POST',
        headers: {
          // One principal per file: the dry run allows 30 a minute each.
          Authorization: mockCredentials.user.header(
            `user:default/fuzzer-${i}`,
          ),
          'Content-Type': 'application/yaml',
        },
        body: file.content,
      });
      const body = await response.json();
      const linted = await lintFile(file.name, file.content);
      const lintClean = linted.problems.length === 0;
      if (response.status >= 500) {
        failures.push(
          `${file.name}: HTTP ${response.status} ${body.error?.message}`,
        );
      } else if (response.status === 400) {
        const named = body.problems
          ? body.problems.every(
              (p: any) => p.field && p.message.startsWith(`${p.field}:`),
            )
          : /line \d+|^body: /.test(body.error?.message ?? '');
        if (!named)
          failures.push(
            `${file.name}: an error without a field or a line: ${JSON.stringify(
              body,
            ).slice(0, 300)}`,
          );
        if (lintClean)
          failures.push(
            `${file.name}: the linter found nothing, the dry run refused it: ${body.error?.message}`,
          );
      } else if (response.status === 200) {
        const inError = body.items.flatMap((item: any) =>
          item.results
            .filter((r: any) => r.state === 'error')
            .map((r: any) => `${item.entityRef} ${r.ruleId}: ${r.message}`),
        );
        if (inError.length)
          failures.push(`${file.name}: rules in error: ${inError.join('; ')}`);
        if (!lintClean)
          failures.push(
            `${
              file.name
            }: the linter found problems, the dry run scored it: ${linted.problems
              .map(p => p.message)
              .join('; ')}`,
          );
      } else {
        failures.push(`${file.name}: HTTP ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
