/**
 * The PostgreSQL warehouse: SQL names, the tables a plan implies, their DDL, and the Liquibase
 * changelog generated from the plan and the lock ({@link io.eventplan.codegen.warehouse.WarehouseGeneration}).
 */
package io.eventplan.codegen.warehouse;
