// The bookshop, a team's own project on Maven 3.8.8, end to end:
// (a) its plan generated and compiled with eventplan-runtime as the only compile dependency,
// (c) its JUnit test with the test kit passed (one event accepted, one rejected with its reason),
// (d) package attached the plan bundle, and the standalone collector jar serves it (EVENTPLAN_PLAN_BUNDLE),
// (b) `mvn eventplan:run` in the background: @segment/analytics-node sends, the rows are in the typed tables, people
//     and reporting.logged_in_users; stopping Maven stops the collector and its PostgreSQL.
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.concurrent.TimeUnit
import java.util.jar.JarFile

def log = new File(basedir, 'build.log').text
assert log.contains('Apache Maven 3.8.8')

// (a) generated and compiled, against the runtime only
assert new File(basedir, 'target/classes/com/readwell/events/ReaderSignedIn.class').isFile()
assert new File(basedir, 'target/classes/com/readwell/OrderCheck.class').isFile()
assert !log.contains('COMPILATION ERROR')

// (c) the test kit test ran and passed
def report = new File(basedir, 'target/surefire-reports/TEST-com.readwell.TrackingTest.xml')
assert report.isFile()
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 1 && suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0

// (d) the bundle is attached beside the jar, holding the plan and nothing of the team's other code
def bundle = new File(basedir, 'target/bookshop-events-1.0.0-eventplan.jar')
assert bundle.isFile()
assert log.contains('eventplan: plan bundle target/bookshop-events-1.0.0-eventplan.jar')
new JarFile(bundle).withCloseable { jar ->
  def names = jar.entries().collect { it.name }
  assert names.contains('META-INF/services/io.eventplan.runtime.EventPlan')
  assert names.contains('eventplan/db/changelog.sql')
  assert names.contains('eventplan/plan/tracking-plan.yaml')
  assert names.contains('com/readwell/events/EventRegistry.class')
  assert !names.contains('com/readwell/OrderCheck.class')
}

HttpClient http = HttpClient.newHttpClient()
def post = { String url, String key, String json ->
  http.send(HttpRequest.newBuilder(URI.create(url)).header('Content-Type', 'application/json')
      .header('Authorization', 'Basic ' + "${key}:".bytes.encodeBase64().toString())
      .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString())
}
def awaitReady = { String url, Process process, File output ->
  long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240)
  while (System.nanoTime() < deadline) {
    assert process.isAlive() : "stopped before it was ready:\n" + output.text
    try {
      if (http.send(HttpRequest.newBuilder(URI.create(url + '/health/ready')).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
        return
      }
    } catch (IOException notYet) {
    }
    Thread.sleep(250)
  }
  assert false : "not ready within 240 s:\n" + output.text
}
def stop = { Process process ->
  process.destroy() // SIGTERM, as a stopped terminal or a process manager sends it
  assert process.waitFor(90, TimeUnit.SECONDS) : 'did not stop within 90 s'
}
def sql = { String query ->
  def properties = new Properties()
  properties.setProperty('user', 'postgres')
  def connection = new org.postgresql.Driver().connect("jdbc:postgresql://localhost:${dbPort}/postgres", properties)
  try {
    def rows = []
    def result = connection.createStatement().executeQuery(query)
    while (result.next()) {
      rows << (1..result.metaData.columnCount).collect { result.getObject(it)?.toString() }
    }
    return rows
  } finally {
    connection.close()
  }
}

// (b) eventplan:run in the background, as a developer runs it (on Maven 3.8.8)
def runLog = new File(basedir, 'run.log')
def maven = new File(maven388, 'bin/mvn').absolutePath
// the settings the invoker gave this project's build (src/it/settings.xml, filled in)
def settings = new File(basedir.parentFile, 'interpolated-settings.xml')
assert settings.isFile()
def run = new ProcessBuilder(maven, '-B', '-s', settings.absolutePath, "-Dmaven.repo.local=${localRepositoryPath}",
    'eventplan:run', "-Deventplan.port=${runPort}", "-Deventplan.embeddedDbPort=${dbPort}")
    .directory(basedir).redirectErrorStream(true).redirectOutput(runLog).start()
try {
  def url = "http://localhost:${runPort}"
  awaitReady(url, run, runLog)
  long bannerDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30)
  while (!runLog.text.contains('Ctrl-C stops the collector') && System.nanoTime() < bannerDeadline) {
    Thread.sleep(100)
  }
  def banner = runLog.text
  assert banner.contains("eventplan collector ready for plan 'Readwell Books' v3")
  assert banner.contains("URL:       ${url}")
  assert banner.contains('write key: dev-write-key')
  assert banner.contains("report:    ${url}/report")
  assert banner.contains('data in target/eventplan/pgdata')

  // the banner's curl line sends a valid event of this plan: its login event
  def example = (banner =~ /(?m)^\[INFO\]\s+-d '(.*)'$/)[0][1]
  assert example.contains('"event":"Reader Signed In"')
  def tried = post("${url}/v1/track", 'dev-write-key', example)
  assert tried.statusCode() == 200 : tried.body()

  // @segment/analytics-node, installed from the npm registry at the version package-lock.json pins
  def npm = new ProcessBuilder('npm', 'ci', '--no-audit', '--no-fund').directory(basedir).redirectErrorStream(true)
      .start()
  def npmOutput = npm.inputStream.text
  assert npm.waitFor() == 0 : npmOutput
  def node = new ProcessBuilder('node', 'send-events.mjs', url, 'dev-write-key').directory(basedir)
      .redirectErrorStream(true).start()
  def nodeOutput = node.inputStream.text
  assert node.waitFor() == 0 : nodeOutput
  assert nodeOutput.contains('sent 6 messages')

  // the rows, typed, in the warehouse
  def signIns = sql("SELECT user_id, method, device->'screen'->>'width' FROM reader_signed_in WHERE user_id = 'reader-7'")
  assert signIns == [['reader-7', 'google', '1280']]
  def orders = sql("SELECT order_id, total, jsonb_array_length(lines), lines->0->>'isbn' FROM order_placed")
  assert orders == [['ord-1001', '31.5', '1', '9780141439518']]
  assert sql("SELECT email, company_id, favourite_genres::text FROM people WHERE user_id = 'reader-7'") ==
      [['reader7@example.com', 'acme', '["crime", "poetry"]']]
  assert sql("SELECT name, seats FROM companies WHERE company_id = 'acme'") == [['Acme Books', '12']]
  def loggedIn = sql('SELECT user_id, email, company, login_count FROM reporting.logged_in_users ORDER BY user_id')
  assert loggedIn.contains(['reader-7', 'reader7@example.com', 'Acme Books', '1'])
  def rejected = sql("SELECT event_name, reasons::text FROM rejected_events")
  assert rejected.size() == 1 && rejected[0][0] == 'Order Placed'
  assert rejected[0][1].contains('"path": "/order_id"') && rejected[0][1].contains('"path": "/lines"')

  // (d) the standalone collector jar with the bundle, against this PostgreSQL as its external database
  def collectorJar = new File(localRepositoryPath,
      "io/eventplan/eventplan-collector/${eventplanVersion}/eventplan-collector-${eventplanVersion}-all.jar")
  assert collectorJar.isFile()
  def standaloneLog = new File(basedir, 'standalone.log')
  def standaloneBuilder = new ProcessBuilder(System.getProperty('java.home') + '/bin/java', '-jar',
      collectorJar.absolutePath).directory(basedir).redirectErrorStream(true).redirectOutput(standaloneLog)
  Map<String, String> standaloneEnv = standaloneBuilder.environment()
  standaloneEnv.put('EVENTPLAN_PLAN_BUNDLE', bundle.absolutePath)
  standaloneEnv.put('EVENTPLAN_PORT', String.valueOf(bundlePort))
  standaloneEnv.put('EVENTPLAN_WRITE_KEYS', 'production-key')
  standaloneEnv.put('EVENTPLAN_DB_URL', 'jdbc:postgresql://localhost:' + dbPort + '/postgres')
  standaloneEnv.put('EVENTPLAN_DB_USER', 'postgres')
  def standalone = standaloneBuilder.start()
  try {
    awaitReady("http://localhost:${bundlePort}", standalone, standaloneLog)
    def stored = post("http://localhost:${bundlePort}/v1/track", 'production-key',
        '{"type":"track","event":"Reader Registered","userId":"reader-8","properties":{"source":"ios"}}')
    assert stored.statusCode() == 200 : stored.body()
    def refused = post("http://localhost:${bundlePort}/v1/track", 'production-key',
        '{"type":"track","event":"Logged In","userId":"reader-8"}')
    // the root plan's login event is not this plan's
    assert refused.statusCode() == 400 && refused.body().contains('"rule":"unknownEvent"')
    assert sql("SELECT source FROM reader_registered WHERE user_id = 'reader-8'") == [['ios']]
    assert standaloneLog.text.contains("eventplan collector for plan 'Readwell Books' v3")
  } finally {
    stop(standalone)
  }
} finally {
  stop(run)
}

// Stopping Maven stopped the collector, which stopped its PostgreSQL: it removes postmaster.pid on a clean stop
assert runLog.text.contains('the collector has stopped') || !run.isAlive()
assert !new File(basedir, 'target/eventplan/pgdata/postmaster.pid').exists() : 'PostgreSQL is still running'
try {
  new Socket('localhost', dbPort as int).close()
  assert false : "something still listens on the embedded database's port ${dbPort}"
} catch (ConnectException expected) {
}
return true
