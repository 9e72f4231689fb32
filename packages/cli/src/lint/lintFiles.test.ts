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

import { lintFiles } from './lintFiles';

const files: Record<string, string> = {
  'valid.yaml': [
    'apiVersion: meshwork.dev/v1alpha1',
    'kind: DataProduct',
    'metadata: { name: orders-daily }',
    'spec: { owner: group:sales-data, domain: sales, status: active }',
  ].join('\n'),
  'invalid.yaml': [
    'apiVersion: meshwork.dev/v1alpha1',
    'kind: DataProduct',
    'metadata: { name: orders-raw }',
    'spec: { owner: group:sales-data, domain: sales, status: gone }',
  ].join('\n'),
  'component.yaml': 'kind: Component\nmetadata: { name: orders-service }\n',
};

async function readFile(path: string): Promise<string> {
  if (path in files) return files[path];
  if (path === 'a-folder')
    throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
}

describe('lintFiles', () => {
  it('lints each file in the order given and gathers the problems', async () => {
    const report = await lintFiles(
      ['invalid.yaml', 'component.yaml', 'valid.yaml'],
      {
        readFile,
      },
    );
    expect(
      report.files.map(f => [f.file, f.dataProducts.length, f.problems.length]),
    ).toEqual([
      ['invalid.yaml', 1, 1],
      ['component.yaml', 0, 0],
      ['valid.yaml', 1, 0],
    ]);
    expect(report.unreadableFiles).toEqual([]);
    expect(report.problems).toEqual([
      {
        file: 'invalid.yaml',
        line: 4,
        column: 57,
        severity: 'error',
        field: 'spec.status',
        message:
          'spec.status: found "gone"; expected one of proposed, draft, active, deprecated, retired',
      },
    ]);
  });

  it('lists the files it could not read, with a short reason', async () => {
    const report = await lintFiles(['valid.yaml', 'missing.yaml', 'a-folder'], {
      readFile,
    });
    expect(report.files.map(f => f.file)).toEqual(['valid.yaml']);
    expect(report.unreadableFiles).toEqual([
      { file: 'missing.yaml', reason: 'no such file' },
      { file: 'a-folder', reason: 'is a directory' },
    ]);
  });

  it('reads from disk by default', async () => {
    const report = await lintFiles(['does/not/exist.yaml']);
    expect(report.unreadableFiles).toEqual([
      { file: 'does/not/exist.yaml', reason: 'no such file' },
    ]);
  });
});
