// The plugin ran, kept its incremental state, and its outputs were compiled and packaged.
import groovy.json.JsonSlurper
import java.util.jar.JarFile

def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] eventplan: \d+ files? written, 0 deleted/

def state = new File(basedir, 'target/eventplan/state.json')
assert state.isFile()
def stateJson = new JsonSlurper().parse(state)
assert stateJson.inputHash ==~ /[0-9a-f]{64}/

// --- needs the JSON Schema emitter ---
def schema = new File(basedir, 'target/generated-resources/eventplan/eventplan/schemas/events/logged_in.json')
assert schema.isFile()
def schemaJson = new JsonSlurper().parse(schema)
assert schemaJson['$schema'] == 'https://json-schema.org/draft/2020-12/schema'
assert schemaJson.additionalProperties == false
assert schemaJson.required.containsAll(['event_id', 'timestamp', 'user_id', 'type'])
assert new File(basedir, 'target/generated-resources/eventplan/eventplan/schemas/people.json').isFile()
// the resource directory was registered: the schema was copied to the classes and packaged
assert new File(basedir, 'target/classes/eventplan/schemas/events/logged_in.json').isFile()
new JarFile(new File(basedir, 'target/basic-1.0.jar')).withCloseable { jar ->
  assert jar.getEntry('eventplan/schemas/events/logged_in.json') != null
}

// --- needs the Java emitter ---
def java = new File(basedir, 'target/generated-sources/eventplan/com/example/events/LoggedIn.java')
assert java.isFile()
assert java.text.contains('Generated from tracking-plan.yaml by eventplan - do not edit')
// the source root was registered: the generated record was compiled
assert new File(basedir, 'target/classes/com/example/events/LoggedIn.class').isFile()

// --- needs the Power BI emitters: the warehouse parameters reach both files ---
def powerBi = new File(basedir, 'target/generated-resources/eventplan/eventplan/powerbi')
def pbids = new JsonSlurper().parse(new File(powerBi, 'Basic Plan.pbids'))
assert pbids.connections[0].details.protocol == 'postgresql'
assert pbids.connections[0].details.address.server == 'db.example.com:6432'
assert pbids.connections[0].details.address.database == 'analytics'
assert new File(powerBi, 'Basic Plan.pbip').isFile()
def expressions = new File(powerBi, 'Basic Plan.SemanticModel/definition/expressions.tmdl').text
assert expressions.contains('expression Server = "db.example.com:6432" meta')
assert expressions.contains('expression Database = "analytics" meta')
assert new File(powerBi, 'Basic Plan.Report/definition.pbir').isFile()

// every output is recorded in the state with its hash
assert stateJson.outputs.keySet().containsAll([
    'RESOURCES:eventplan/schemas/events/logged_in.json',
    'JAVA_SOURCES:com/example/events/LoggedIn.java'])
return true
