#!/usr/bin/env bash
# Central import benchmark: writes one signed package per office (default 200 offices sharing 66,853
# candidates, about 2 million member scores), imports them all through the import service at a new
# central office (encrypted H2 file), then inserts the same rows into a second new database by plain
# JDBC batches. Prints both times, their ratio and the peak heap used. No display needed.
# Usage: bench/import.sh [offices] [candidates] [folder]   (defaults 200, 66853, the temp folder)
# On PostgreSQL (the test server of the README's "Run every test"; the raw baseline is then the driver's
# COPY): JAVA_OPTS=-Dsuhbat.test.engine=postgresql bench/import.sh
# MVN overrides the Maven command (default "mvn -q -B"; add -o to stay offline); JAVA the java binary;
# JAVA_OPTS options for it (e.g. -Xmx256m to hold the import to a small heap).
exec "$(dirname "$0")/run-main.sh" kz.suhbat.bench.ImportBenchmark "$@"
