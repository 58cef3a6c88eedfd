// Next.js calls register() once when the server starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { onServerStart } = await import("./lib/startup/on-server-start");
    await onServerStart();
  }
}
