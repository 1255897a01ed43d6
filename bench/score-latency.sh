#!/usr/bin/env bash
# Score entry benchmark: keypress-to-saved latency of the scoring service. Sets up an office on an
# encrypted H2 file in a temporary folder (production password derivation), seats a panel, starts an
# interview, opens one member's sheet and times each call of ScoringService.score and .evidence on its
# own (each commits its transaction to the file before it returns). Prints count, median, p90, p99 and
# max in ms for both. No display needed.
# Usage: bench/score-latency.sh [calls] [warm-up calls] [folder]   (defaults 2000, 200, the temp folder)
# MVN overrides the Maven command (default "mvn -q -B"; add -o to stay offline); JAVA the java binary.
exec "$(dirname "$0")/run-main.sh" kz.suhbat.bench.ScoreLatency "$@"
