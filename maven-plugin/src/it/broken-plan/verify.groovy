// The build failed and named every error of the plan, each with file:line:col and its code.
def log = new File(basedir, 'build.log').text
[
    'tracking-plan.yaml has 5 errors; fix them and build again:',
    'tracking-plan.yaml:7:13: [MISSING_KEY] property \'plan\' of event \'Signed Up\' has no \'type\'',
    'tracking-plan.yaml:7:14: [UNKNOWN_KEY] unknown key \'typ\'',
    'tracking-plan.yaml:8:21: [UNKNOWN_TYPE] unknown type \'integr\'',
    'tracking-plan.yaml:9:54: [DUPLICATE_VALUE]',
    'tracking-plan.yaml:11:13: [INVALID_VALUE]',
].each { assert log.contains(it) : "build.log lacks: ${it}" }
// nothing was generated and no state was written
assert !new File(basedir, 'target/eventplan/state.json').exists()
assert !new File(basedir, 'target/generated-sources/eventplan').exists()
return true
