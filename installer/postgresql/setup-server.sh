#!/usr/bin/env bash
# Sets up a PostgreSQL 15+ server for a central office's Suhbat: starts the cluster if it is down, and
# creates a login role without superuser rights and a database that role owns (Suhbat creates its own
# tables in it on its first start). Run it as root on the server.
#
# Usage: setup-server.sh [--cluster 15/main] [--database suhbat] [--role suhbat]
#                        [--password-file FILE] [--createdb] [--tls DIR [--host-name NAME]...]
#   --password-file  the role's password: read from FILE when it exists, otherwise a new random one is
#                    written there, readable by its owner only (default /root/suhbat-server.password)
#   --createdb       lets the role create databases too (only for the test suite's server)
#   --tls DIR        turns TLS on: a certificate authority kept in DIR (made there the first time:
#                    root.key, readable by root alone, and root.crt) signs a certificate for the server's
#                    host names; give DIR/root.crt to every workstation as its root-certificate
#   --host-name NAME a name the workstations reach the server by (repeatable; default: this computer's
#                    name and localhost); the certificate is valid for these names only
set -euo pipefail

cluster=15/main
database=suhbat
role=suhbat
password_file=/root/suhbat-server.password
createdb=NOCREATEDB
tls_dir=
names=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --cluster) cluster=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --role) role=$2; shift 2 ;;
    --password-file) password_file=$2; shift 2 ;;
    --createdb) createdb=CREATEDB; shift ;;
    --tls) tls_dir=$2; shift 2 ;;
    --host-name) names+=("$2"); shift 2 ;;
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
if [[ -n $tls_dir ]]; then
  [[ ${#names[@]} -gt 0 ]] || names=("$(hostname -f 2>/dev/null || hostname)" localhost)
  mkdir -p "$tls_dir"
  if [[ ! -f $tls_dir/root.key ]]; then
    (umask 077; openssl req -x509 -new -nodes -newkey rsa:3072 -sha256 -days 3650 -subj "/CN=Suhbat server CA" \
      -keyout "$tls_dir/root.key" -out "$tls_dir/root.crt" 2>/dev/null)
    chmod 644 "$tls_dir/root.crt"
  fi
  config=/etc/postgresql/$version/$name
  san=$(printf 'DNS:%s,' "${names[@]}")
  (umask 077; openssl req -new -nodes -newkey rsa:3072 -sha256 -subj "/CN=${names[0]}" \
    -keyout "$config/suhbat-server.key" -out "$tls_dir/server.csr" 2>/dev/null)
  openssl x509 -req -sha256 -days 825 -in "$tls_dir/server.csr" -CA "$tls_dir/root.crt" -CAkey "$tls_dir/root.key" \
    -CAcreateserial -out "$config/suhbat-server.crt" \
    -extfile <(printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "${san%,}") 2>/dev/null
  rm -f "$tls_dir/server.csr"
  chown postgres:postgres "$config/suhbat-server.crt" "$config/suhbat-server.key"
  psql -c "ALTER SYSTEM SET ssl_cert_file = '$config/suhbat-server.crt'" \
       -c "ALTER SYSTEM SET ssl_key_file = '$config/suhbat-server.key'" -c "ALTER SYSTEM SET ssl = on" \
       -c "SELECT pg_reload_conf()" >/dev/null
  echo "TLS on for ${names[*]}; the workstations' root-certificate: $tls_dir/root.crt"
fi
echo "PostgreSQL $cluster on port $port: database $database, role $role (password in $password_file)"
