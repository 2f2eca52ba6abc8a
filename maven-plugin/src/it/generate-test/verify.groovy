// generate and generate-test ran side by side, each with its own outputs, state and class path.
def target = new File(basedir, 'target')

// main: compiled into the classes and packaged
assert new File(target, 'generated-sources/eventplan/com/example/events/LoggedIn.java').isFile()
assert new File(target, 'classes/com/example/events/LoggedIn.class').isFile()
assert new File(target, 'classes/eventplan/db/changelog.sql').isFile()
assert new File(target, 'eventplan/state.json').isFile()

// test: under the generate-test defaults, compiled into the test classes only
assert new File(target, 'generated-test-sources/eventplan/com/example/testplan/LoggedIn.java').isFile()
assert new File(target, 'test-classes/com/example/testplan/LoggedIn.class').isFile()
assert !new File(target, 'classes/com/example/testplan').exists()
assert new File(target, 'generated-test-resources/eventplan/eventplan/db/changelog.sql').isFile()
assert new File(target, 'test-classes/eventplan/db/changelog.sql').isFile()
assert new File(target, 'eventplan/test-state.json').isFile()

// each plan keeps its lock file beside it
assert new File(basedir, 'tracking-plan.lock.json').isFile()
assert new File(basedir, 'src/test/plan/tracking-plan.lock.json').isFile()
return true
