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
  await knex.schema.createTable('data_product_facts', table => {
    table.comment(
      'Observations that pipelines report about data products, e.g. freshness',
    );
    table.bigIncrements('id').comment('Order of arrival');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('The data product, as kind:namespace/name');
    table
      .string('port', 255)
      .notNullable()
      .defaultTo('')
      .comment(
        'The output port the fact is about; empty for the whole product (not NULL, so it compares equal)',
      );
    table
      .string('name', 255)
      .notNullable()
      .comment('freshness, quality or a custom fact name');
    table.text('value').notNullable().comment('JSON: the reported value');
    table
      .timestamp('observed_at', { useTz: true })
      .notNullable()
      .comment('When the reporter observed it; the latest per key counts');
    table
      .timestamp('received_at', { useTz: true })
      .notNullable()
      .comment('When the backend stored it');
    table
      .string('reported_by', 255)
      .notNullable()
      .comment('The user or service that posted it');
    table.index(
      ['entity_ref', 'name', 'port', 'observed_at'],
      'data_product_facts_key_idx',
    );
    table.index(['observed_at'], 'data_product_facts_observed_idx');
  });
  await knex.schema.createTable('data_product_waivers', table => {
    table.comment('Requests to exempt one data product from one rule');
    table.string('id', 36).primary().comment('A UUID');
    table.string('entity_ref', 255).notNullable().comment('The data product');
    table.string('rule_id', 255).notNullable().comment('The waived rule');
    table
      .text('justification')
      .notNullable()
      .comment('Why the owner asks for it');
    table
      .string('status', 16)
      .notNullable()
      .comment('requested, approved, rejected or expired');
    table
      .timestamp('expires_at', { useTz: true })
      .notNullable()
      .comment('When the exemption ends');
    table
      .string('requested_by', 255)
      .notNullable()
      .comment('The requesting user');
    table
      .timestamp('requested_at', { useTz: true })
      .notNullable()
      .comment('When it was requested');
    table
      .string('decided_by', 255)
      .nullable()
      .comment('Who approved or rejected it');
    table
      .timestamp('decided_at', { useTz: true })
      .nullable()
      .comment('When it was approved or rejected');
    table.index(['entity_ref'], 'data_product_waivers_entity_idx');
    table.index(['status', 'expires_at'], 'data_product_waivers_status_idx');
  });
  await knex.schema.createTable('data_product_waiver_events', table => {
    table.comment(
      'The audit trail of waivers: every request, decision, expiry',
    );
    table.bigIncrements('id').comment('Order of events');
    table
      .string('waiver_id', 36)
      .notNullable()
      .references('id')
      .inTable('data_product_waivers')
      .onDelete('CASCADE')
      .comment('The waiver');
    table
      .string('action', 16)
      .notNullable()
      .comment('requested, approved, rejected or expired');
    table
      .string('actor', 255)
      .notNullable()
      .comment('The user who acted, or system for an expiry');
    table.text('comment').nullable().comment('Justification or decision note');
    table
      .timestamp('occurred_at', { useTz: true })
      .notNullable()
      .comment('When it happened');
    table.index(['waiver_id'], 'data_product_waiver_events_waiver_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('data_product_waiver_events');
  await knex.schema.dropTable('data_product_waivers');
  await knex.schema.dropTable('data_product_facts');
};
