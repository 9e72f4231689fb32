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
 * The `DataProduct` kind of Meshwork: types, JSON Schema and validator,
 * the scorecard's rules, the REST client, the ODCS contract reader and the
 * readers of the results of
 * the tools pipelines run (dbt, OpenLineage, Great Expectations,
 * datacontract-cli), shared by the catalog, the backend, the browser and the
 * CLI.
 *
 * @packageDocumentation
 */

export * from './entity';
export * from './scorecard';
export * from './permissions';
export * from './api';
export * from './client';
export * from './odps';
export * from './runs';
export * from './odcs';
export { linkableUrl } from './linkableUrl';
export * from './diff';
