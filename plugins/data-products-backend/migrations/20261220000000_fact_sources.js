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
  await knex.schema.alterTable('data_product_facts', table => {
    table
      .text('source')
      .nullable()
      .comment(
        'The tool run the fact came from, as JSON: tool, runId, job, link; null for facts posted to /facts',
      );
  });
  await knex.schema.createTable('data_product_unplaced_results', table => {
    table.comment(
      'Datasets of tool runs that matched no output port: kept and listed so that an owner can claim them, pruned with the facts',
    );
    table.bigIncrements('id').primary();
    table.string('tool', 64).notNullable().comment('dbt, openlineage, ...');
    table.string('run_id', 255).nullable().comment("The tool's id of the run");
    table
      .string('job', 255)
      .nullable()
      .comment('The job or command of the run');
    table
      .string('label', 512)
      .notNullable()
      .comment('The dataset as the tool names it');
    table
      .text('keys')
      .notNullable()
      .comment('Every key a port could claim it by, as a JSON array');
    table.integer('checks').notNullable().comment('How many checks ran on it');
    table
      .timestamp('finished_at', { useTz: true })
      .nullable()
      .comment('When the run ended, as the tool says');
    table.timestamp('received_at', { useTz: true }).notNullable();
    table
      .string('reported_by', 255)
      .notNullable()
      .comment('Who posted the run: a user or service');
    table.index(['received_at'], 'data_product_unplaced_received_at_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('data_product_unplaced_results');
  await knex.schema.alterTable('data_product_facts', table => {
    table.dropColumn('source');
  });
};
