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

import net from 'node:net';
import { DatabaseProxy } from './databaseProxy';

/** An echo server standing in for PostgreSQL. */
async function echoServer() {
  const server = net.createServer(socket => socket.pipe(socket));
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Connects, sends `text`, resolves with what comes back or how it failed. */
function roundTrip(port: number, text: string): Promise<string> {
  return new Promise(resolve => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => socket.write(text));
    socket.once('data', data => {
      socket.destroy();
      resolve(data.toString());
    });
    socket.once('error', error =>
      resolve((error as NodeJS.ErrnoException).code ?? 'error'),
    );
  });
}

describe('DatabaseProxy', () => {
  it('forwards, drops every connection and refuses new ones when cut, and forwards again on the same port once restored', async () => {
    const server = await echoServer();
    const { port } = server.address() as net.AddressInfo;
    const proxy = await DatabaseProxy.start({ host: '127.0.0.1', port });
    try {
      await expect(roundTrip(proxy.port, 'select 1')).resolves.toBe('select 1');

      const open = net.connect(proxy.port, '127.0.0.1');
      await new Promise(resolve => open.once('connect', resolve));
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(proxy.connections).toBe(1);
      const dropped = new Promise(resolve => open.once('close', resolve));
      await proxy.cut();
      await dropped;
      expect(proxy.connections).toBe(0);
      await expect(roundTrip(proxy.port, 'select 1')).resolves.toBe(
        'ECONNREFUSED',
      );

      const samePort = proxy.port;
      await proxy.restore();
      expect(proxy.port).toBe(samePort);
      await expect(roundTrip(proxy.port, 'select 2')).resolves.toBe('select 2');
      expect(proxy.peakConnections).toBeGreaterThanOrEqual(1);
    } finally {
      await proxy.stop();
      server.close();
    }
  });
});
