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
 */
export function preparedSQL(setup) {
  let connection;
  const statements = new Map();
  return async (strings, ...params) => {
    const text = strings.join("?");
    await setup?.();
    // The client's AsyncDuckDB (`_db`) is the only handle Framework gives to prepare on.
    connection ??= getDefaultClient().then((client) => client._db.connect());
    let statement = statements.get(text);
    if (!statement) {
      statement = connection.then((c) => c.prepare(text));
      statements.set(text, statement);
      // A failed prepare is not kept: the next call tries again (and shows its own error).
      statement.catch(() => statements.delete(text));
    }
    return (await statement).query(...params);
  };
}
