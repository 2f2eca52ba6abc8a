// check names the stale committed copy and points at the update goal; update fixes it; check passes.
def log = new File(basedir, 'build.log').text
assert log.contains('eventplan: 1 committed file does not match what tracking-plan.yaml generates:')
assert log.contains('schemas/logged_in.json (RESOURCES:eventplan/schemas/events/logged_in.json) differs from what the plan generates')
assert log.contains('Run ./mvnw eventplan:update')
assert log.contains('eventplan: updated schemas/logged_in.json')
assert log.contains('eventplan: 1 committed file matches tracking-plan.yaml')

// --- needs the JSON Schema emitter ---
def generated = new File(basedir, 'target/generated-resources/eventplan/eventplan/schemas/events/logged_in.json')
assert new File(basedir, 'schemas/logged_in.json').bytes == generated.bytes
return true
