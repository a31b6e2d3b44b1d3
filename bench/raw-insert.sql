-- pgbench script: the database's raw rate of single-row inserts, each in its own transaction.
insert into bench_raw_insert (payload) values ('Rekrytering av förskollärare till Norrängens förskola');
