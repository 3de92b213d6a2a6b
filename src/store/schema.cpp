#include "schema.h"

namespace parasol::Schema {

// Conventions: times are BIGINT UTC milliseconds, money BIGINT fen, flags INTEGER 0/1,
// dates TEXT 'YYYY-MM-DD', free-form structures TEXT holding JSON. Every row a client
// replicates carries `row_version` and, when it belongs to a customer, `customer_id`
// (the sync scope and the future shard key).
const QList<Migration> &migrations()
{
    static const QList<Migration> all {
        { "initial schema",
          {
              "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
              "INSERT INTO meta (key, value) VALUES ('feed_transaction', '0')",

              "CREATE TABLE users ("
              " id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
              " role TEXT NOT NULL, seat TEXT, brand TEXT, password_hash TEXT NOT NULL,"
              " disabled INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)",
              "CREATE TABLE sessions ("
              " token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),"
              " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
              "CREATE INDEX sessions_expiry ON sessions (expires_at)",

              "CREATE TABLE customers ("
              " id TEXT PRIMARY KEY, external_id TEXT UNIQUE, name TEXT NOT NULL,"
              " name_pinyin TEXT NOT NULL DEFAULT '', name_initials TEXT NOT NULL DEFAULT '',"
              " phone TEXT, phone_tail TEXT NOT NULL DEFAULT '', birth_date TEXT, gender TEXT,"
              " city TEXT, city_tier INTEGER NOT NULL DEFAULT 1, address TEXT, id_number TEXT,"
              " member_level TEXT, tags TEXT NOT NULL DEFAULT '[]', elder_declared INTEGER NOT NULL DEFAULT 0,"
              " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, row_version BIGINT NOT NULL)",
              "CREATE INDEX customers_phone ON customers (phone)",
              "CREATE INDEX customers_phone_tail ON customers (phone_tail)",
              "CREATE INDEX customers_name ON customers (name)",
              "CREATE INDEX customers_pinyin ON customers (name_pinyin)",
              "CREATE INDEX customers_initials ON customers (name_initials)",

              "CREATE TABLE orders ("
              " order_no TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id),"
              " placed_at BIGINT NOT NULL, paid_at BIGINT, signed_at BIGINT, channel TEXT,"
              " row_version BIGINT NOT NULL)",
              "CREATE INDEX orders_customer ON orders (customer_id)",

              "CREATE TABLE order_lines ("
              " id TEXT PRIMARY KEY, order_no TEXT NOT NULL REFERENCES orders(order_no),"
              " customer_id TEXT NOT NULL, line_no TEXT NOT NULL, sku TEXT NOT NULL, title TEXT NOT NULL,"
              " brand TEXT NOT NULL, category TEXT NOT NULL, seller TEXT NOT NULL DEFAULT 'self',"
              " unit_price_fen BIGINT NOT NULL, qty INTEGER NOT NULL, discount_fen BIGINT NOT NULL DEFAULT 0,"
              " is_gift INTEGER NOT NULL DEFAULT 0, price_protect_days INTEGER,"
              " returned_qty INTEGER NOT NULL DEFAULT 0, pending_return_qty INTEGER NOT NULL DEFAULT 0,"
              " row_version BIGINT NOT NULL)",
              "CREATE INDEX order_lines_order ON order_lines (order_no)",
              "CREATE INDEX order_lines_customer ON order_lines (customer_id)",
              "CREATE INDEX order_lines_sku ON order_lines (sku, seller)",

              "CREATE TABLE returns ("
              " id TEXT PRIMARY KEY, order_line_id TEXT NOT NULL REFERENCES order_lines(id),"
              " customer_id TEXT NOT NULL, qty INTEGER NOT NULL, status TEXT NOT NULL, at BIGINT NOT NULL)",
              "CREATE INDEX returns_line ON returns (order_line_id)",

              "CREATE TABLE price_events ("
              " id TEXT PRIMARY KEY, sku TEXT NOT NULL, seller TEXT NOT NULL DEFAULT 'self',"
              " price_fen BIGINT NOT NULL, effective_at BIGINT NOT NULL, source TEXT NOT NULL DEFAULT 'normal',"
              " created_at BIGINT NOT NULL, row_version BIGINT NOT NULL)",
              "CREATE INDEX price_events_sku ON price_events (sku, seller, effective_at)",

              "CREATE TABLE engineers ("
              " id TEXT PRIMARY KEY, name TEXT NOT NULL, brand TEXT NOT NULL,"
              " verified_real_name TEXT, verified_safety TEXT, verified_health TEXT, verified_skill TEXT,"
              " row_version BIGINT NOT NULL)",

              "CREATE TABLE tickets ("
              " id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, order_no TEXT NOT NULL,"
              " order_line_id TEXT NOT NULL REFERENCES order_lines(id), brand TEXT NOT NULL,"
              " kind TEXT NOT NULL, status TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
              " opened_at BIGINT NOT NULL, opened_by TEXT NOT NULL, decision TEXT,"
              " row_version BIGINT NOT NULL)",
              "CREATE INDEX tickets_customer ON tickets (customer_id)",
              "CREATE INDEX tickets_order ON tickets (order_no)",

              // The order's own nodes have ticket_id '' so that (order, ticket, kind, at) is
              // unique: a node a brand reports twice is stored once.
              "CREATE TABLE service_nodes ("
              " id TEXT PRIMARY KEY, order_no TEXT NOT NULL, ticket_id TEXT NOT NULL DEFAULT '',"
              " customer_id TEXT NOT NULL, kind TEXT NOT NULL, at BIGINT NOT NULL, actor TEXT NOT NULL DEFAULT '',"
              " engineer_id TEXT, detail TEXT NOT NULL DEFAULT '{}', row_version BIGINT NOT NULL,"
              " UNIQUE (order_no, ticket_id, kind, at))",
              "CREATE INDEX service_nodes_customer ON service_nodes (customer_id)",

              "CREATE TABLE ebill_lines ("
              " id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL, customer_id TEXT NOT NULL, part TEXT NOT NULL,"
              " unit_price_fen BIGINT NOT NULL, qty INTEGER NOT NULL, standard_price_fen BIGINT NOT NULL,"
              " row_version BIGINT NOT NULL)",
              "CREATE INDEX ebill_lines_ticket ON ebill_lines (ticket_id)",
              "CREATE INDEX ebill_lines_customer ON ebill_lines (customer_id)",

              "CREATE TABLE contacts ("
              " id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, kind TEXT NOT NULL, at BIGINT NOT NULL,"
              " reason TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '', agent TEXT NOT NULL DEFAULT '',"
              " row_version BIGINT NOT NULL)",
              "CREATE INDEX contacts_customer ON contacts (customer_id)",

              "CREATE TABLE complaints ("
              " id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, order_no TEXT, brand TEXT,"
              " category TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL DEFAULT 'phone',"
              " escalation TEXT NOT NULL DEFAULT 'none', urgent INTEGER NOT NULL DEFAULT 0,"
              " elder INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, owner TEXT, text TEXT NOT NULL DEFAULT '',"
              " opened_at BIGINT NOT NULL, resolved_at BIGINT, verified_at BIGINT, satisfaction INTEGER,"
              " row_version BIGINT NOT NULL)",
              "CREATE INDEX complaints_customer ON complaints (customer_id)",
              "CREATE INDEX complaints_opened ON complaints (opened_at)",

              // One claim per (line, price event): the payout key of RULES.md §1.
              "CREATE TABLE claims ("
              " id TEXT PRIMARY KEY, order_line_id TEXT NOT NULL, customer_id TEXT NOT NULL,"
              " price_event_id TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, amount_fen BIGINT NOT NULL,"
              " reason TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL, idempotency_key TEXT UNIQUE,"
              " created_at BIGINT NOT NULL, row_version BIGINT NOT NULL)",
              "CREATE UNIQUE INDEX claims_payout_key ON claims (order_line_id, price_event_id) WHERE status = 'paid'",
              "CREATE INDEX claims_customer ON claims (customer_id)",
              "CREATE INDEX claims_line ON claims (order_line_id)",

              "CREATE TABLE ledger ("
              " id TEXT PRIMARY KEY, claim_id TEXT NOT NULL UNIQUE REFERENCES claims(id), customer_id TEXT NOT NULL,"
              " amount_fen BIGINT NOT NULL, at BIGINT NOT NULL)",

              "CREATE TABLE service_cards ("
              " id TEXT PRIMARY KEY, order_no TEXT NOT NULL, customer_id TEXT NOT NULL,"
              " giver_customer_id TEXT NOT NULL, issued_at BIGINT NOT NULL, row_version BIGINT NOT NULL)",
              "CREATE INDEX service_cards_customer ON service_cards (customer_id)",
              "CREATE INDEX service_cards_order ON service_cards (order_no)",

              "CREATE TABLE calls ("
              " id TEXT PRIMARY KEY, ani TEXT NOT NULL, customer_id TEXT, queue TEXT NOT NULL,"
              " seat_user_id TEXT, at BIGINT NOT NULL)",

              "CREATE TABLE audit_log ("
              " seq BIGINT PRIMARY KEY, at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
              " entity TEXT NOT NULL, entity_id TEXT NOT NULL, payload TEXT NOT NULL,"
              " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",

              // The change feed (see changefeed.h). xid orders commits on PostgreSQL; on
              // SQLite it is a counter bumped once per write transaction.
              "CREATE TABLE change_log ("
              " seq {SERIAL_PK}, xid BIGINT NOT NULL {XID_DEFAULT}, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
              " customer_id TEXT, row_version BIGINT NOT NULL, op TEXT NOT NULL, at BIGINT NOT NULL)",
              "CREATE INDEX change_log_order ON change_log (xid, seq)",

              "CREATE TABLE sync_clients ("
              " client_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, last_mid BIGINT NOT NULL DEFAULT 0,"
              " updated_at BIGINT NOT NULL)",
              "CREATE TABLE mutation_results ("
              " client_id TEXT NOT NULL, mid BIGINT NOT NULL, status TEXT NOT NULL, result TEXT NOT NULL,"
              " PRIMARY KEY (client_id, mid))",
          } },
        { "call routing: when a call reached its seat and when the seat wrapped it up",
          {
              "ALTER TABLE calls ADD COLUMN routed_at BIGINT",
              "ALTER TABLE calls ADD COLUMN wrapped_up_at BIGINT",
              "CREATE INDEX calls_seat ON calls (seat_user_id, wrapped_up_at)",
          } },
        // A console holds its working set, not every customer (SYNC.md): what its user
        // looked up stays subscribed until the console drops it.
        { "working sets: subscriptions",
          {
              "CREATE TABLE subscriptions ("
              " user_id TEXT NOT NULL, customer_id TEXT NOT NULL, subscribed_at BIGINT NOT NULL,"
              " PRIMARY KEY (user_id, customer_id))",
              // The seat's queue is the other half of a working set.
              "CREATE INDEX calls_working_set ON calls (seat_user_id, customer_id)",
          } },
        // A price event's automatic price protection runs after the feed is answered, in
        // batches of lines; a run left unfinished by a restart goes on at the next start.
        { "automatic price protection: runs in batches",
          {
              "CREATE TABLE price_protect_runs ("
              " price_event_id TEXT PRIMARY KEY, sku TEXT NOT NULL, actor TEXT NOT NULL,"
              " after_line_id TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL)",
          } },
    };
    return all;
}

} // namespace parasol::Schema
