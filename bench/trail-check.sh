#!/usr/bin/env bash
# Audit trail check at start, on a long trail: sets up an office on an encrypted H2 file in a temporary
# folder, finalises an interview, appends [entries] more entries, then times four starts' checks (the
# first reads the whole trail, as after a restore; later ones only new entries and a window of older
# ones) and the full check of the audit trail screen. No display needed.
# Usage: bench/trail-check.sh [entries] [folder]   (defaults 500000, the temp folder)
# MVN overrides the Maven command (default "mvn -q -B"; add -o to stay offline); JAVA the java binary.
exec "$(dirname "$0")/run-main.sh" kz.suhbat.bench.TrailCheckBenchmark "$@"
