#!/usr/bin/env bash
# Sets up a PostgreSQL 15+ server for a central office's Suhbat: starts the cluster if it is down, and
# creates a login role without superuser rights and a database that role owns (Suhbat creates its own
# tables in it on its first start). Run it as root on the server.
#
# Usage: setup-server.sh [--cluster 15/main] [--database suhbat] [--role suhbat]
#                        [--password-file FILE] [--createdb]
#   --password-file  the role's password: read from FILE when it exists, otherwise a new random one is
#                    written there, readable by its owner only (default /root/suhbat-server.password)
#   --createdb       lets the role create databases too (only for the test suite's server)
set -euo pipefail

cluster=15/main
database=suhbat
role=suhbat
password_file=/root/suhbat-server.password
createdb=NOCREATEDB
while [[ $# -gt 0 ]]; do
  case $1 in
    --cluster) cluster=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --role) role=$2; shift 2 ;;
    --password-file) password_file=$2; shift 2 ;;
    --createdb) createdb=CREATEDB; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ $database =~ ^[a-z_][a-z0-9_]*$ && $role =~ ^[a-z_][a-z0-9_]*$ ]] || {
  echo "database and role names: lower-case letters, digits and _" >&2; exit 2; }

version=${cluster%/*}
name=${cluster#*/}
if ! pg_lsclusters -h | awk '{print $1 "/" $2}' | grep -qx "$cluster"; then
  pg_createcluster "$version" "$name"
fi
if ! pg_lsclusters -h | awk -v c="$cluster" '$1 "/" $2 == c {print $4}' | grep -q online; then
  pg_ctlcluster "$version" "$name" start
fi
port=$(pg_lsclusters -h | awk -v c="$cluster" '$1 "/" $2 == c {print $3}')

if [[ ! -s $password_file ]]; then
  (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$password_file")
fi
password=$(head -n 1 "$password_file")

psql() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
psql -v role="$role" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH NOSUPERUSER NOCREATEROLE NOREPLICATION PASSWORD %L', :'role', :'password') \gexec
SQL
psql -c "ALTER ROLE \"$role\" WITH $createdb"
psql -v role="$role" -v database="$database" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'database', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'database') \gexec
SELECT format('GRANT ALL ON DATABASE %I TO %I', :'database', :'role') \gexec
SQL
echo "PostgreSQL $cluster on port $port: database $database, role $role (password in $password_file)"
