import type { ArticleRow, Problem } from "../types.js";

/** Where a step's failure is told: the article's id and file, and its problems. */
export type Sink = { article: Pick<ArticleRow, "id" | "file">; problems: Problem[] };

/** A bug in one stage loses that stage's rows for this article, never the article. */
export function guard<T>(sink: Sink, stage: string, f: () => T, fallback: T): T {
  try {
    return f();
  } catch (e) {
    sink.problems.push({ file: sink.article.file, level: "error", message: `${stage} stage failed on article "${sink.article.id}": ${(e as Error).message}` });
    return fallback;
  }
}
