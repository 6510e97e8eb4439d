# Sourced by the drivers that run from the app's test classes (chaos.sh, bench-audit.sh): builds every module and sets
# $test_classpath to the app's test and main classes and all their dependencies.
mvn -B -q -DskipTests install
mvn -B -q -pl app dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
test_classpath="app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)"
