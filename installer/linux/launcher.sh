#!/bin/bash
# Suhbat's launcher on Linux, in place of the one jpackage makes: that one asks rpm and dpkg which
# package it belongs to at every start (a tenth of a second and more, before Java even starts). This
# one starts the runtime beside it with the class path, main class and Java options of lib/app/Suhbat.cfg,
# the file jpackage wrote (and the .deb's postinst extends), read without starting any other program.
self=$(readlink -f "$0")
app=${self%/bin/*}
lib=$app/lib/app
classpath=
main=
options=()
while IFS= read -r line || [ -n "$line" ]; do
    value=${line#*=}
    value=${value//\$APPDIR/$lib}
    value=${value//\$ROOTDIR/$app}
    value=${value//\$BINDIR/$app/bin}
    case $line in
        app.classpath=*) classpath=${classpath:+$classpath:}$value ;;
        app.mainclass=*) main=$value ;;
        java-options=*) options+=("$value") ;;
    esac
done < "$lib/Suhbat.cfg"
exec "$app/lib/runtime/bin/java" -cp "$classpath" "${options[@]}" -Djpackage.app-path="$self" "$main" "$@"
