// Framework's `sql` tag opens a connection, prepares the statement, runs it and closes
// the connection on every call: four round trips to the DuckDB-WASM worker and a new
// plan for each filter pick, each trip waiting for the page's main thread (which is
// busy drawing the previous result). A page that re-runs the same SQL with new
// parameters keeps one connection and each statement prepared on it instead.
import {getDefaultClient} from "observablehq:stdlib/duckdb";

/**
 * A stand-in for the page's `sql` tag (same call, same Arrow result, same database:
 * the tables the page's front matter registers) that reuses one connection and one
 * prepared statement per SQL text. `setup()` runs first (block.js `once`).
 * `.prepare(...texts)` prepares statements ahead, so the reader's first pick does not plan them.
 */
export function preparedSQL(setup) {
  let connection;
  const statements = new Map();
  const statement = async (text) => {
    await setup?.();
    // The client's AsyncDuckDB (`_db`) is the only handle Framework gives to prepare on.
    connection ??= getDefaultClient().then((client) => client._db.connect());
    let prepared = statements.get(text);
    if (!prepared) {
      prepared = connection.then((c) => c.prepare(text));
      statements.set(text, prepared);
      // A failed prepare is not kept: the next call tries again (and shows its own error).
      prepared.catch(() => statements.delete(text));
    }
    return prepared;
  };
  const run = async (strings, ...params) => (await statement(strings.join("?"))).query(...params);
  run.prepare = (...texts) => Promise.all(texts.map(statement));
  return run;
}
