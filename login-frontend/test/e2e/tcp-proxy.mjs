// A TCP proxy on a loopback port in front of the collector, for tests that need the collector unreachable for a
// while: refuse() resets every connection, open and new, until accept(). The port stays bound throughout, so
// nothing else can take it; the browser sees its requests fail as with a collector that is down.
import { connect, createServer } from "node:net";

export async function startProxy(targetPort) {
  let refusing = false;
  const sockets = new Set();
  const server = createServer((client) => {
    if (refusing) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(targetPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {}); // a reset is the point while refusing; the other side closes too
    }
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise((resolve, reject) => server.listen(0, "127.0.0.1", resolve).on("error", reject));
  return {
    port: server.address().port,
    refuse() {
      refusing = true;
      for (const socket of sockets) socket.resetAndDestroy();
    },
    accept() {
      refusing = false;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
