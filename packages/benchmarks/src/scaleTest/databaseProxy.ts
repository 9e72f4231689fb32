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

/**
 * A TCP proxy between the backends and PostgreSQL that the test can cut:
 * what a database restart or a network failure looks like to the backends
 * (every connection dropped, new ones refused), without touching the
 * machine's PostgreSQL, which other tests use.
 */
export class DatabaseProxy {
  readonly #target: { host: string; port: number };
  readonly #sockets = new Set<net.Socket>();
  #server?: net.Server;
  #port = 0;
  #peak = 0;

  /** Listens on a free port of 127.0.0.1, forwarding to `target` (host:port). */
  static async start(target: { host: string; port: number }) {
    const proxy = new DatabaseProxy(target);
    await proxy.restore();
    return proxy;
  }

  private constructor(target: { host: string; port: number }) {
    this.#target = target;
  }

  /** Where the backends connect. */
  get port(): number {
    return this.#port;
  }

  /** Connections open now, both sides counted once. */
  get connections(): number {
    return this.#sockets.size / 2;
  }

  /** The most connections open at once so far. */
  get peakConnections(): number {
    return this.#peak;
  }

  /** Drops every connection and refuses new ones, as a stopped server does. */
  async cut(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    const closed = new Promise(resolve => server?.close(resolve) ?? resolve(0));
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
    await closed;
  }

  /** Accepts connections again, on the same port. */
  async restore(): Promise<void> {
    if (this.#server) return;
    const server = net.createServer(client => this.#forward(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#port, '127.0.0.1', () => resolve());
    });
    this.#port = (server.address() as net.AddressInfo).port;
    this.#server = server;
  }

  async stop(): Promise<void> {
    await this.cut();
  }

  #forward(client: net.Socket) {
    const upstream = net.connect(this.#target.port, this.#target.host);
    for (const socket of [client, upstream]) {
      this.#sockets.add(socket);
      socket.setNoDelay(true);
      // either side ending ends both, as a lost connection does
      socket.once('close', () => {
        this.#sockets.delete(client);
        this.#sockets.delete(upstream);
        client.destroy();
        upstream.destroy();
      });
      socket.on('error', () => socket.destroy());
    }
    this.#peak = Math.max(this.#peak, this.connections);
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
