#!/usr/bin/env bash
# Runs a benchmark's main class from the test sources: compiles, builds the test class path, runs it.
# Usage: bench/run-main.sh CLASS [arguments]   (the benchmark scripts call it)
# MVN overrides the Maven command (default "mvn -q -B"; add -o to stay offline); JAVA the java binary;
# JAVA_OPTS options for it (e.g. -Xmx256m).
set -euo pipefail
cd "$(dirname "$0")/.."
read -r -a mvn <<< "${MVN:-mvn -q -B}"
java=${JAVA:-java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

main=$1; shift
"${mvn[@]}" test-compile
"${mvn[@]}" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/classpath"
# shellcheck disable=SC2086
"$java" ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$work/classpath")" "$main" "$@"
