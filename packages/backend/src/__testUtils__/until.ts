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

/**
 * Calls `attempt` every 250 ms until it returns a value, for up to a minute:
 * for what a test backend does after it has started (the catalog reading
 * its locations, a scaffolder task running).
 */
export async function until<T>(
  what: string,
  attempt: () => Promise<T | undefined>,
): Promise<T> {
  for (let i = 0; i < 240; i++) {
    const value = await attempt();
    if (value !== undefined) return value;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  throw new Error(`gave up waiting for ${what}`);
}
