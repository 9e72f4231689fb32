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

export interface Config {
  auth?: {
    providers?: {
      /**
       * Development sign-in as one of the example mesh's people
       * (packages/backend/src/exampleUsers). The sign-in page lists them.
       */
      'example-users'?: {
        /** @visibility frontend */
        users?: Array<{
          /**
           * The catalog User to sign in as, e.g. user:default/jane.doe.
           * @visibility frontend
           */
          entityRef: string;
          /** @visibility frontend */
          title?: string;
          /**
           * Which job of the portal this person stands for.
           * @visibility frontend
           */
          description?: string;
        }>;
        /** Let the provider run outside development: anyone becomes anyone. */
        dangerouslyAllowOutsideDevelopment?: boolean;
      };
    };
  };
}
