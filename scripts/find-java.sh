# Sourced by Weft's scripts: sets JAVA_HOME to a JDK 21+ and puts it first on PATH.
# The major version from the JDK's release file (no JVM start), else from the JVM itself.
java_major() {
  local v; v="$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null)"
  if [[ -n "$v" ]]; then echo "$v"; return; fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p' | cut -d. -f1
}
weft_find_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
                   /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*; do
    if [[ -n "$candidate" && -x "$candidate/bin/java" && -x "$candidate/bin/javac" ]]; then
      local major; major="$(java_major "$candidate")"
      if [[ -n "$major" && "$major" -ge 21 ]]; then export JAVA_HOME="$candidate"; export PATH="$JAVA_HOME/bin:$PATH"; return 0; fi
    fi
  done
  echo "weft: no JDK 21 or newer found (set JAVA_HOME to one)" >&2
  return 1
}
weft_find_java
