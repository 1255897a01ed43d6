#!/usr/bin/env bash
# Members' devices benchmark: tap-to-saved latency of an entry sent from a device over HTTPS to the
# room's server (answered once committed and fsynced). Sets up an office in a temporary folder, starts an
# interview and the devices on 127.0.0.1, signs four members in, and times each request: one device
# alone, then four at once. Prints count, median, p90, p99 and max in ms, and the entries a second.
# Usage: bench/device-latency.sh [entries per member] [folder]   (defaults 300, the temp folder)
# MVN overrides the Maven command (default "mvn -q -B"; add -o to stay offline); JAVA the java binary.
exec "$(dirname "$0")/run-main.sh" kz.suhbat.bench.DeviceEntryLatency "$@"
