-- Heap bytes a stage allocated on its worker thread, beside its CPU and wall time: the collector's
-- cost follows allocation, so this is what lets the cost of enrolment be split by stage honestly.
-- NULL where not measured (intake rows, operator steps, rows written before this column).
ALTER TABLE enrolment.stage_history ADD COLUMN alloc_bytes bigint;
