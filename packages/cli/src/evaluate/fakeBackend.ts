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

// For tests only: a real HTTP server standing in for the backend, so the
// tests cover what goes over the wire (fetch, headers, timeouts) and not a mock.

import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the fake backend received it. */
export interface ReceivedRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the fake backend answers: JSON for an object, the text as is for a string. */
export interface FakeAnswer {
  status: number;
  body?: unknown;
  /** Never answer, to test timeouts. */
  hang?: boolean;
}

export interface FakeBackend {
  url: string;
  requests: ReceivedRequest[];
  /** Sets the answer to every following request, or a way to answer each. */
  answer(answer: FakeAnswer | ((request: ReceivedRequest) => FakeAnswer)): void;
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Loopback and an ephemeral port: tests never reach beyond this machine.
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

function close(server: Server): Promise<void> {
  // fetch keeps connections alive; without this, close() waits for them.
  server.closeAllConnections();
  return new Promise(resolve => server.close(() => resolve()));
}

/** An error body as Backstage's error handler sends it: with the request and the status. */
function backstageBody(
  answer: FakeAnswer,
  request: { method?: string; url?: string },
): unknown {
  const body = answer.body ?? {};
  if (answer.status < 400 || typeof body !== 'object' || !('error' in body)) {
    return body;
  }
  return { request, response: { statusCode: answer.status }, ...body };
}

export async function startFakeBackend(): Promise<FakeBackend> {
  const requests: ReceivedRequest[] = [];
  let answerOf = (_request: ReceivedRequest): FakeAnswer => ({
    status: 200,
    body: { items: [] },
  });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      const { method, url, headers } = req;
      const request = {
        method,
        url,
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      const current = answerOf(request);
      if (current.hang) return;
      const isText = typeof current.body === 'string';
      res.writeHead(current.status, {
        'Content-Type': isText ? 'text/html' : 'application/json',
      });
      res.end(
        isText
          ? current.body
          : JSON.stringify(backstageBody(current, { method, url })),
      );
    });
  });
  const url = await listen(server);
  return {
    url,
    requests,
    answer: next => {
      answerOf = typeof next === 'function' ? next : () => next;
    },
    close: () => close(server),
  };
}

/** A loopback URL where nothing listens: a port that was just free. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  const url = await listen(server);
  await close(server);
  return url;
}
