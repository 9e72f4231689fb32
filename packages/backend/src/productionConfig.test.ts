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

import { mockServices } from '@backstage/backend-test-utils';
import { CacheManager } from '@backstage/backend-defaults/cache';
import { readHttpServerOptions } from '@backstage/backend-defaults/rootHttpRouter';
import { loadProductionConfig as productionConfig } from './__testUtils__/productionConfig';

/** What a platform team sets for each replica (README, "Production"). */
const replicaEnvironment = {
  POSTGRES_HOST: 'db.internal',
  POSTGRES_PORT: '5432',
  POSTGRES_USER: 'backstage',
  POSTGRES_PASSWORD: 'secret',
  REDIS_URL: 'redis://cache.internal:6379',
  MESHWORK_BASE_URL: 'https://meshwork.example.com',
  MESHWORK_PORT: '7008',
};

describe('the production config', () => {
  it("puts Backstage's cache on the Redis at REDIS_URL, under Meshwork's namespace", async () => {
    const config = await productionConfig(replicaEnvironment);
    expect(config.getConfig('backend.cache').get()).toEqual({
      store: 'redis',
      connection: 'redis://cache.internal:6379',
      redis: { client: { namespace: 'meshwork' } },
    });
    // backend-defaults reads it without a complaint (it warns of a store it cannot configure)
    const logger = mockServices.logger.mock();
    CacheManager.fromConfig(config, { logger }).forPlugin('data-products');
    expect(logger.warn).not.toHaveBeenCalled();
    config.close();
  });

  it('runs every plugin on the PostgreSQL the environment names, one database each', async () => {
    const config = await productionConfig(replicaEnvironment);
    const database = config.getConfig('backend.database');
    expect(database.getString('client')).toBe('pg');
    // read as backend-defaults reads it: app-config.yaml's is a string (':memory:')
    expect(database.get('connection')).toEqual({
      host: 'db.internal',
      port: '5432',
      user: 'backstage',
      password: 'secret',
    });
    expect(database.getOptionalString('pluginDivisionMode')).toBeUndefined();
    config.close();
  });

  it('sends events between the replicas through the events bus, waiting for it as the backend starts', async () => {
    const config = await productionConfig(replicaEnvironment);
    expect(config.getString('events.useEventBus')).toBe('always');
    config.close();
  });

  it('serves every replica under the one URL, each on the port it is given', async () => {
    const config = await productionConfig(replicaEnvironment);
    for (const key of [
      'app.baseUrl',
      'backend.baseUrl',
      'backend.cors.origin',
    ]) {
      expect(config.getString(key)).toBe('https://meshwork.example.com');
    }
    const { listen } = readHttpServerOptions(config.getConfig('backend'));
    expect(listen.port).toBe(7008);
    config.close();
  });

  it('is http://localhost:7007 when the environment names no URL or port', async () => {
    const { MESHWORK_BASE_URL, MESHWORK_PORT, ...rest } = replicaEnvironment;
    const config = await productionConfig(rest);
    expect(config.getString('app.baseUrl')).toBe('http://localhost:7007');
    expect(config.getString('backend.baseUrl')).toBe('http://localhost:7007');
    const { listen } = readHttpServerOptions(config.getConfig('backend'));
    expect(listen.port).toBe(7007);
    config.close();
  });

  it('lets the guest sign in only when a trial says so, as the README shows', async () => {
    const allowed = 'auth.providers.guest.dangerouslyAllowOutsideDevelopment';
    const production = await productionConfig(replicaEnvironment);
    expect(production.getOptionalBoolean(allowed)).toBeUndefined();
    production.close();
    const trial = await productionConfig({
      ...replicaEnvironment,
      APP_CONFIG_auth_providers_guest_dangerouslyAllowOutsideDevelopment:
        'true',
    });
    expect(trial.getOptionalBoolean(allowed)).toBe(true);
    trial.close();
  });
});
