// clean package package: the first generate writes, the second finds everything up to date.
def lines = new File(basedir, 'build.log').readLines().findAll { it.contains('] eventplan: ') }
assert lines.size() == 2 : "expected two eventplan summaries, found ${lines}"
assert lines[0] =~ /\[INFO\] eventplan: \d+ files? written, 0 deleted/
assert lines[1] == '[INFO] eventplan: up to date, nothing written'

// Nothing was rewritten, so the compiler of the second round found nothing to recompile.
def log = new File(basedir, 'build.log').text
def secondRound = log.substring(log.indexOf('eventplan: up to date, nothing written'))
assert !(secondRound =~ /Compiling \d+ source files?/) : 'the second round recompiled generated sources'
return true
