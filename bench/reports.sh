#!/usr/bin/env bash
# Reports benchmark: imports the national attestation (default 200 offices, 66,853 decided candidates, about
# 2 million member scores) through the import service into a new central office (encrypted H2 file), then
# times every report (outcomes, competency profiles, deliberation, a drill-down; by region and by office,
# with and without a filter), each against one hand-written SQL aggregate over the same rows in the same
# run: median and slowest of several runs, their ratio, and the peak heap used. No display needed.
# Usage: bench/reports.sh [offices] [candidates] [folder] [runs]   (defaults 200, 66853, the temp folder, 7)
# A folder given is kept: a second run with the same folder reuses its imported office and skips the import.
# On PostgreSQL (the test server of the README's "Run every test"):
#   JAVA_OPTS="-Xmx256m -Dsuhbat.test.engine=postgresql" bench/reports.sh
# MVN overrides the Maven command (default "mvn -q -B"; add -o to stay offline); JAVA the java binary;
# JAVA_OPTS options for it (default -Xmx256m: the reports must fit a 256 MB heap).
JAVA_OPTS=${JAVA_OPTS:--Xmx256m} exec "$(dirname "$0")/run-main.sh" kz.suhbat.bench.ReportsBenchmark "$@"
