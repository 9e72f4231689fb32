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

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('scorecard_results', table => {
    table
      .string('status', 16)
      .nullable()
      .comment('spec.status: proposed, draft, active, deprecated or retired');
    table
      .string('product_type', 32)
      .nullable()
      .comment('spec.type: source-aligned, aggregate or consumer-aligned');
    table
      .string('classification', 16)
      .nullable()
      .comment(
        'spec.classification: public, internal, confidential or restricted',
      );
    table
      .text('tags')
      .notNullable()
      .defaultTo('')
      .comment('metadata.tags, space-separated, for filters');
    table
      .text('description')
      .nullable()
      .comment('metadata.description, for text search');
    table.index(['status'], 'scorecard_results_status_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('scorecard_results', table => {
    table.dropIndex(['status'], 'scorecard_results_status_idx');
    table.dropColumns(
      'status',
      'product_type',
      'classification',
      'tags',
      'description',
    );
  });
};
