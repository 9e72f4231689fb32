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
  await knex.schema.createTable('scorecard_results', table => {
    table.comment('The latest scorecard of each data product');
    table
      .string('entity_ref', 255)
      .primary()
      .notNullable()
      .comment('The data product, as kind:namespace/name');
    table
      .string('title', 255)
      .nullable()
      .comment('metadata.title or name, for listings');
    table
      .string('domain_ref', 255)
      .nullable()
      .comment('The product domain, as an entity ref, for filters and rollups');
    table
      .string('owner_ref', 255)
      .nullable()
      .comment('The owning group or user, as an entity ref');
    table
      .string('level', 16)
      .notNullable()
      .comment('none, bronze, silver or gold');
    table
      .integer('score')
      .notNullable()
      .comment(
        '0 to 100: weighted share of applicable rules that pass or are exempt',
      );
    table
      .text('failing_rule_ids')
      .notNullable()
      .comment('Space-separated ids of rules in state fail, for filters');
    table
      .text('results')
      .notNullable()
      .comment('JSON: every rule with its state and message');
    table
      .string('fingerprint', 64)
      .notNullable()
      .comment(
        'Hash of level, score and rule states: a change writes a history point',
      );
    table
      .timestamp('evaluated_at', { useTz: true })
      .notNullable()
      .comment('When this result was computed');
    table.index(['domain_ref'], 'scorecard_results_domain_idx');
    table.index(['owner_ref'], 'scorecard_results_owner_idx');
    table.index(['level'], 'scorecard_results_level_idx');
  });
  await knex.schema.createTable('scorecard_history', table => {
    table.comment(
      'Scorecard points, written only when level, score or a rule state changed',
    );
    table.bigIncrements('id').comment('Order of writing');
    table.string('entity_ref', 255).notNullable().comment('The data product');
    table
      .string('level', 16)
      .notNullable()
      .comment('The level from this point on');
    table
      .integer('score')
      .notNullable()
      .comment('The score from this point on');
    table
      .text('states')
      .notNullable()
      .comment('JSON: rule id to state, from this point on');
    table
      .timestamp('recorded_at', { useTz: true })
      .notNullable()
      .comment('When the change was seen');
    table.index(['entity_ref', 'recorded_at'], 'scorecard_history_entity_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('scorecard_history');
  await knex.schema.dropTable('scorecard_results');
};
