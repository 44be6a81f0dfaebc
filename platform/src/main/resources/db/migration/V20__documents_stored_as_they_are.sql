-- Documents are compressed formats already (PDF streams, PNG, JPEG): PostgreSQL's pglz compression
-- of each stored version cost about 0.4 ms of the database's CPU per PDF (a sealed receipt, a
-- certificate and its long-term version) and gained nothing on receipts (pglz gives up after
-- trying) and a third on certificates (mostly the zeros reserved for signatures). Stored out of
-- line as they are from now on; rows stored before stay as they were.
ALTER TABLE document ALTER COLUMN content SET STORAGE EXTERNAL;
