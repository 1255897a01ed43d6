#!/usr/bin/env bash
# Failover drill (run as root on a machine with Debian's postgresql): builds a primary and a streaming
# standby as two local clusters, sets up a central office on them with both hosts in its server.properties,
# and imports a stick of packages; after the fifth package the primary is stopped (immediate, as a power cut)
# and the standby promoted. Suhbat finds the new primary by itself and completes the import; the drill then
# checks that every package is stored once and whole and that the audit chain holds.
# Usage: bench/failover-drill.sh [offices]   (default 20)
# MVN overrides the Maven command (default "mvn -q -B"; add -o to stay offline).
set -euo pipefail
cd "$(dirname "$0")/.."
offices=${1:-20}
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
primary=drill_primary
standby=drill_standby
pport=5441
sport=5442
work=$(mktemp -d)
chmod 755 "$work"

drop() {
  pg_dropcluster --stop "$version" "$primary" 2>/dev/null || true
  pg_dropcluster --stop "$version" "$standby" 2>/dev/null || true
}
trap 'drop; rm -rf "$work"' EXIT
drop

pg_createcluster "$version" "$primary" -p "$pport" >/dev/null
# The standby copies the primary over a replication connection of the postgres user, on this computer only.
# (first in the file: the first line that matches decides)
sed -i '1i host replication postgres 127.0.0.1/32 trust' "/etc/postgresql/$version/$primary/pg_hba.conf"
pg_ctlcluster "$version" "$primary" start
bash installer/postgresql/setup-server.sh --cluster "$version/$primary" --database suhbat_drill \
  --role suhbat_drill --password-file "$work/server.password"

pg_createcluster "$version" "$standby" -p "$sport" >/dev/null
rm -rf "/var/lib/postgresql/$version/$standby"
runuser -u postgres -- pg_basebackup -w -h 127.0.0.1 -p "$pport" -U postgres \
  -D "/var/lib/postgresql/$version/$standby" -R -X stream
pg_ctlcluster "$version" "$standby" start
echo "primary on $pport, streaming standby on $sport"

bench/run-main.sh kz.suhbat.server.FailoverDrill "$work/office" "$work/server.password" \
  "127.0.0.1:$pport,127.0.0.1:$sport" suhbat_drill suhbat_drill "$offices" | while IFS= read -r line; do
  # The drill's own lines, and Suhbat's word when it runs a transaction or a read again.
  line=$(sed 's/\x1b\[[0-9;]*m//g' <<< "$line")
  [[ $line =~ ^(IMPORTED|--|packages|DRILL)|^[0-9:.]+\ WARN.*JdbiTransactor ]] && echo "$line"
  if [[ $line == "IMPORTED 5/"* ]]; then
    pg_ctlcluster "$version" "$primary" stop -m immediate
    echo "-- $(date +%T) primary stopped (immediate)"
    pg_ctlcluster "$version" "$standby" promote
    echo "-- $(date +%T) standby promoted"
  fi
done
