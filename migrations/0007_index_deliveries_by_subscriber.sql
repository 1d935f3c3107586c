-- 0005 indexed the delivery ledger by subscriber for erase and export; 0006 rebuilt the
-- table, which dropped that index. Without it, erasing or exporting one subscriber scans
-- every delivery row kept (a week of every edition).
CREATE INDEX IF NOT EXISTS summary_deliveries_by_subscriber ON summary_deliveries (subscriber_id);
