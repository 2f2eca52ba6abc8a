package io.eventplan.codegen.powerbi;

import io.eventplan.codegen.EmitContext;
import io.eventplan.codegen.Emitter;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.plan.model.TrackingPlan;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Emits {@code eventplan/powerbi/<Plan name>.pbids}: a Power BI data source file that opens Power BI
 * Desktop's navigator on the PostgreSQL warehouse (server and database from the plugin's
 * {@code warehouseServer} and {@code warehouseDatabase}; Power BI asks for user and password).
 */
public final class PowerBiConnectionEmitter implements Emitter {

  @Override
  public String id() {
    return "powerbi-connection";
  }

  @Override
  public List<GeneratedFile> emit(TrackingPlan plan, EmitContext context) {
    ObjectNode pbids = PowerBiJson.object();
    pbids.put("version", "0.1");
    ObjectNode connection = pbids.putArray("connections").addObject();
    ObjectNode details = connection.putObject("details");
    details.put("protocol", "postgresql");
    ObjectNode address = details.putObject("address");
    address.put("server", context.warehouse().server());
    address.put("database", context.warehouse().database());
    connection.putObject("options");
    connection.put("mode", "Import");
    String path = PowerBiProjectEmitter.FOLDER + ProjectName.of(plan).value() + ".pbids";
    return List.of(new GeneratedFile(OutputRoot.RESOURCES, path, PowerBiJson.print(pbids)));
  }
}
