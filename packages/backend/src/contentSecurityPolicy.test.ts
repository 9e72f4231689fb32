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

import type { AddressInfo } from 'net';
import type { Config } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { createBackend } from '@backstage/backend-defaults';
import { rootHttpRouterServiceFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { loadProductionConfig } from './__testUtils__/productionConfig';

/** `a 'x' 'y'; b 'z'` → `{ a: ["'x'", "'y'"], b: ["'z'"] }` */
function directivesOf(header: string): Record<string, string[]> {
  return Object.fromEntries(
    header
      .split(';')
      .map(part => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

/**
 * Starts Backstage's own root HTTP router (the one production runs, with
 * its Helmet middleware) on the production config's `backend` settings.
 */
async function startProductionRouter(production: Config) {
  const backend = production.getConfig('backend');
  let port = 0;
  // createBackend, not startTestBackend: the test backend brings a router of its own, without Helmet
  const started = createBackend();
  started.add(
    mockServices.rootConfig.factory({
      data: {
        backend: {
          baseUrl: backend.getString('baseUrl'),
          listen: { host: '127.0.0.1', port: 0 },
          csp: backend.getConfig('csp').get(),
          cors: backend.getConfig('cors').get(),
        },
      },
    }),
  );
  started.add(mockServices.rootLogger.factory());
  started.add(
    rootHttpRouterServiceFactory({
      configure({ applyDefaults, server }) {
        applyDefaults();
        server.on('listening', () => {
          port = (server.address() as AddressInfo).port;
        });
      },
    }),
  );
  await started.start();
  return { started, url: (path: string) => `http://127.0.0.1:${port}${path}` };
}

describe('the production Content-Security-Policy', () => {
  /** The config production runs with: app-config.production.yaml over app-config.yaml, as the Dockerfile starts it. */
  let production: Awaited<ReturnType<typeof loadProductionConfig>>;
  beforeAll(async () => {
    production = await loadProductionConfig();
  });
  afterAll(() => production.close());
  const csp = () =>
    production.getConfig('backend.csp').get<Record<string, string[]>>();

  it('runs only the portal’s own scripts: none inline, none from elsewhere', () => {
    const { 'script-src': scripts, 'script-src-attr': attrs } = csp();
    expect(scripts).toEqual(["'self'", "'unsafe-eval'"]);
    expect(attrs).toEqual(["'none'"]);
  });

  it('lets the pages talk to, submit to and be framed by nothing but the portal', () => {
    expect(csp()).toMatchObject({
      'default-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('is what the backend serves, on top of Backstage’s defaults', async () => {
    const { started, url } = await startProductionRouter(production);
    try {
      for (const path of ['/.backstage/health/v1/liveness', '/no-such-page']) {
        const response = await fetch(url(path));
        const header = response.headers.get('content-security-policy');
        expect(header).not.toBeNull();
        const served = directivesOf(header!);
        expect(served).toEqual({
          ...csp(),
          // Helmet's defaults that the config leaves as they are
          'font-src': ["'self'", 'https:', 'data:'],
          'img-src': ["'self'", 'data:'],
          'style-src': ["'self'", 'https:', "'unsafe-inline'"],
          'upgrade-insecure-requests': [],
        });
        // whatever else changes, no script runs from markup
        expect(served['script-src']).not.toContain("'unsafe-inline'");
      }
    } finally {
      await started.stop();
    }
  });
});
