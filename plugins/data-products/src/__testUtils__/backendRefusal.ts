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

import { ResponseError } from '@backstage/errors';

/**
 * What the Backstage fetch client throws when the backend refuses: the
 * reason is in the body, the message only says "Request failed with 400".
 * The body is the one Backstage's error handler sends; without its
 * `response` part ResponseError would not recognise it as one.
 */
export function backendRefusal(
  message: string,
  options: { status?: number; statusText?: string; name?: string } = {},
): Promise<ResponseError> {
  const {
    status = 400,
    statusText = 'Bad Request',
    name = 'InputError',
  } = options;
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        request: { method: 'POST', url: '/api/data-products' },
        response: { statusCode: status },
      }),
      {
        status,
        statusText,
        headers: { 'content-type': 'application/json' },
      },
    ),
  );
}
