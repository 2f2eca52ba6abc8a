// clean package package: the first generate writes, the second finds everything up to date.
def all = new File(basedir, 'build.log').readLines().findAll { it.contains('] eventplan: ') }
// The first run also creates the lock file beside the plan, and says so.
assert all.contains('[INFO] eventplan: tracking-plan.lock.json updated: commit it with the plan')
assert new File(basedir, 'tracking-plan.lock.json').isFile()
assert new File(basedir, 'target/generated-resources/eventplan/eventplan/db/changelog.sql').isFile()
def lines = all.findAll { it =~ /written|up to date/ }
assert lines.size() == 2 : "expected two eventplan summaries, found ${lines}"
assert lines[0] =~ /\[INFO\] eventplan: \d+ files? written, 0 deleted/
assert lines[1] == '[INFO] eventplan: up to date, nothing written'

// Nothing was rewritten, so the compiler of the second round found nothing to recompile.
def log = new File(basedir, 'build.log').text
def secondRound = log.substring(log.indexOf('eventplan: up to date, nothing written'))
assert !(secondRound =~ /Compiling \d+ source files?/) : 'the second round recompiled generated sources'
return true
