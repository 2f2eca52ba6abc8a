// On Maven 3.6.3 the plugin generates, compiles and bundles (first build); without eventplan-runtime (second build)
// the build fails at generate, before javac, with one error that names the dependency to add.
def log = new File(basedir, 'build.log').text
assert log.contains('Apache Maven 3.6.3')

// the first build, with the runtime: generated, compiled, bundled
assert log.contains('eventplan: plan bundle target/forgot-the-runtime-1.0.0-eventplan.jar')

// the second build, without it: one clear error, and javac never ran
def second = log.substring(log.lastIndexOf('Apache Maven 3.6.3'))
assert second.contains('eventplan: the generated Java needs io.eventplan:eventplan-runtime:' + eventplanVersion
    + ', which this project does not depend on. Add it to the project\'s <dependencies>:')
assert second.contains('<groupId>io.eventplan</groupId>')
assert second.contains('<artifactId>eventplan-runtime</artifactId>')
assert second.contains('<version>' + eventplanVersion + '</version>')
assert !second.contains('maven-compiler-plugin')
assert !second.contains('COMPILATION ERROR')
assert !new File(basedir, 'target/classes').exists()
return true
