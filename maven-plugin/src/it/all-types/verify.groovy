// Every type, constraint and awkward name: the outputs exist, carry the header, and the Java compiled.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] tracking-plan.yaml:37:7: [PROPERTY_NAMING]') : 'plan warnings are logged as warnings'
assert log =~ /\[INFO\] eventplan: \d+ files? written, 0 deleted/

// --- needs the JSON Schema emitter ---
def schemas = new File(basedir, 'target/generated-resources/eventplan/eventplan/schemas')
['events/order_completed.json', 'events/class_selected_v2.json', 'events/default_changed.json',
 'events/order.json', 'events/function_called.json', 'people.json', 'companies.json'].each {
  def schema = new File(schemas, it)
  assert schema.isFile() : "missing schema ${it}"
  assert schema.text.contains('Generated from tracking-plan.yaml by eventplan - do not edit') : "no header in ${it}"
  assert new File(basedir, "target/classes/eventplan/schemas/${it}").isFile()
}

// --- needs the Java emitter ---
def sources = new File(basedir, 'target/generated-sources/eventplan/com/example/all/types')
def javaFiles = sources.listFiles().findAll { it.name.endsWith('.java') }
assert javaFiles : 'no Java sources were generated'
javaFiles.each { assert it.text.contains('Generated from tracking-plan.yaml by eventplan - do not edit') : "no header in ${it}" }
['OrderCompleted', 'DefaultChanged', 'Order', 'FunctionCalled'].each {
  assert new File(basedir, "target/classes/com/example/all/types/${it}.class").isFile() : "${it} was not compiled"
}
assert new File(basedir, 'target/classes/com/example/all/types').listFiles().any { it.name.startsWith('ClassSelected') }
return true
